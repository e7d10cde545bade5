import { Button, Card } from 'antd';
import { useState } from 'react';
import { shanghaiToday } from '../shanghai-time';
import { useT } from '../i18n';
import { useSession } from '../session';
import { InspectionForm } from './InspectionForm';

/** 监督检查 because of a complaint or an incident (POST /complaints|incidents/:id/inspections), opened on demand. */
export function LinkedInspection({ postTo, onDone }: { postTo: string; onDone: () => void }) {
  const t = useT();
  const now = useSession().data?.now;
  const [open, setOpen] = useState(false);
  return (
    <Card size="small" title={t('监督检查')} style={{ marginTop: 12 }}>
      {open ? (
        <InspectionForm
          postTo={postTo}
          today={shanghaiToday(now)}
          onDone={() => {
            setOpen(false);
            onDone();
          }}
        />
      ) : (
        <Button onClick={() => setOpen(true)} data-testid="open-linked-inspection">
          {t('记录监督检查')}
        </Button>
      )}
    </Card>
  );
}
