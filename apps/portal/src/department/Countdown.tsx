import { Tag } from 'antd';

/** Days left on a deadline: red once overdue, orange in its last three days. */
export function Countdown({ left }: { left: number | null }) {
  if (left === null) return <>—</>;
  if (left < 0) return <Tag color="red">{`逾期 ${-left} 天`}</Tag>;
  return <Tag color={left <= 3 ? 'orange' : 'green'}>{`剩余 ${left} 天`}</Tag>;
}
