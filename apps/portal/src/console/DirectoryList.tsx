import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { clearFieldErrorsOnChange, showFieldErrors } from '../forms/field-errors';
import { useT, useWording } from '../i18n';
import { shanghaiTime } from '../shanghai-time';

/** A directory entry as both directories answer it: who is reached for a region (and an authority's kind). */
export interface DirectoryRow {
  regionCode: string;
  authorityKind?: string;
  name: string;
  email: string;
  /** The departments' number for institutions (their notices name it); authorities have none. */
  phone?: string | null;
  /** A county's residents (departments): statistics divide places by it. */
  population?: number | null;
  updatedAt: string;
}

const FIELDS = new Set(['regionCode', 'authorityKind', 'name', 'email', 'phone', 'population']);

/**
 * One directory as a full list: every entry by region, added or edited in a dialog that PUTs it; the API's field
 * problems show at their fields.
 */
export function DirectoryList({
  title,
  listPath,
  entryPath,
  kinds,
  forDepartments = false,
  testId,
}: {
  title: string;
  listPath: string;
  entryPath: (row: DirectoryRow) => string;
  /** The authority kinds (登记机关类别), for the registration-authority directory. */
  kinds?: { value: string; label: string }[];
  /** The department directory: entries also have a phone and the county's population. */
  forDepartments?: boolean;
  testId: string;
}) {
  const t = useT();
  const say = useWording();
  const client = useQueryClient();
  const [form] = Form.useForm<DirectoryRow>();
  const [editing, setEditing] = useState<Partial<DirectoryRow> | null>(null);
  const [problem, setProblem] = useState<string>();
  const list = useQuery({ queryKey: ['directory', listPath], queryFn: () => api<DirectoryRow[]>(listPath) });
  const open = (row: Partial<DirectoryRow>) => {
    setProblem(undefined);
    form.resetFields();
    form.setFieldsValue(row);
    setEditing(row);
  };
  const save = async () => {
    const values: DirectoryRow = { ...editing, ...form.getFieldsValue() };
    try {
      // Only what the form shows: the service keeps what is left out (a department's webhook and its secret);
      // an emptied field is null, which clears it.
      const departmentFields = forDepartments
        ? { phone: values.phone?.trim() || null, population: values.population ?? null }
        : {};
      await api(entryPath(values), {
        method: 'PUT',
        body: { name: values.name, email: values.email, ...departmentFields },
      });
      setEditing(null);
      await client.invalidateQueries({ queryKey: ['directory', listPath] });
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS, say).join('；') || undefined);
    }
  };
  const kindLabel = (kind?: string) => t(kinds?.find((k) => k.value === kind)?.label ?? kind ?? '');
  const isNew = editing !== null && editing.regionCode === undefined;
  return (
    <Card
      size="small"
      title={t(title)}
      extra={
        <Button
          size="small"
          type="primary"
          onClick={() => open(kinds ? { authorityKind: kinds[0].value } : {})}
          data-testid={`${testId}-add`}
        >
          {t('添加')}
        </Button>
      }
    >
      {list.error && <Alert type="error" showIcon message={say.failure(list.error)} />}
      <Table<DirectoryRow>
        size="small"
        rowKey={(r) => `${r.regionCode}/${r.authorityKind ?? ''}`}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => open(r),
          style: { cursor: 'pointer' },
          'data-testid': `${testId}-${r.regionCode}${r.authorityKind ? `-${r.authorityKind}` : ''}`,
        })}
        columns={[
          { title: t('行政区划代码'), dataIndex: 'regionCode' },
          ...(kinds ? [{ title: t('类别'), render: (_: unknown, r: DirectoryRow) => kindLabel(r.authorityKind) }] : []),
          { title: t('名称'), dataIndex: 'name' },
          { title: t('邮箱'), dataIndex: 'email' },
          ...(forDepartments ? [{ title: t('电话'), render: (_: unknown, r: DirectoryRow) => r.phone ?? '—' }] : []),
          { title: t('更新时间'), render: (_, r) => shanghaiTime(r.updatedAt).slice(0, 16) },
        ]}
      />
      <Modal
        open={editing !== null}
        title={`${isNew ? t('添加') : t('编辑')} · ${t(title)}`}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okButtonProps={{ 'data-testid': `${testId}-save` }}
        destroyOnHidden
      >
        <Form
          form={form}
          name={testId}
          layout="vertical"
          onValuesChange={(changed) => clearFieldErrorsOnChange(form, changed)}
        >
          <Form.Item name="regionCode" label={t('行政区划代码')}>
            <Input maxLength={6} disabled={!isNew} />
          </Form.Item>
          {kinds && (
            <Form.Item name="authorityKind" label={t('类别')}>
              <Select options={kinds.map((k) => ({ ...k, label: t(k.label) }))} disabled={!isNew} />
            </Form.Item>
          )}
          <Form.Item name="name" label={t('名称')}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('邮箱（登录验证码与通知发往此处）')}>
            <Input />
          </Form.Item>
          {forDepartments && (
            <>
              <Form.Item name="phone" label={t('咨询电话（写在发给机构的通知里）')}>
                <Input inputMode="tel" maxLength={32} placeholder="0832-6221234" />
              </Form.Item>
              <Form.Item name="population" label={t('常住人口（统计每千人口托位数用）')}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {problem && <Alert type="error" showIcon message={problem} />}
        </Form>
      </Modal>
    </Card>
  );
}
