import { Col, Row } from 'antd';
import { DirectoryList } from './DirectoryList';

const KINDS = [
  { value: 'market_regulation', label: '市场监督管理部门' },
  { value: 'civil_affairs', label: '民政部门' },
  { value: 'establishment', label: '机构编制部门' },
  { value: 'approval_bureau', label: '行政审批局' },
];

/** The department and registration-authority directories (who is reached, and who may sign in, for a county). */
export function Directories() {
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <DirectoryList
          title="卫生健康部门名录"
          testId="departments"
          forDepartments
          listPath="/api/filing/departments"
          entryPath={(row) => `/api/filing/departments/${row.regionCode ?? ''}`}
        />
      </Col>
      <Col xs={24} xl={12}>
        <DirectoryList
          title="登记机关名录"
          testId="authorities"
          kinds={KINDS}
          listPath="/api/registration/authorities"
          entryPath={(row) => `/api/registration/authorities/${row.regionCode ?? ''}/${row.authorityKind ?? ''}`}
        />
      </Col>
    </Row>
  );
}
