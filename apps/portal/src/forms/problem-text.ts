import { ApiError, fieldName, type FieldProblem } from '../api';

// The API's field problems are written for the systems that call it (English, field paths). People read the
// portal in Chinese: each problem is said by its code (api.md), or by its field and code where the code alone says
// too little. A problem this table does not know keeps the API's words, so nothing is hidden.
type Phrase = (message: string) => string;

const BY_CODE: Record<string, Phrase> = {
  required: () => '必填',
  format: () => '格式不正确',
  type: () => '格式不正确',
  enum: () => '请从选项中选择',
  checksum: () => '校验码不对，请逐位核对',
  birth_date: () => '其中的出生日期不存在，请核对',
  too_long: () => '内容过长',
  too_many: () => '条目过多',
  duplicate: () => '与另一项重复',
  future: (message) => {
    const today = /today \((\d{4}-\d{2}-\d{2})\)/.exec(message)?.[1];
    return today ? `不能晚于今天（${today}）` : '不能晚于现在';
  },
  range: (message) => {
    const dates = /between the approval (\S+) and today (\S+)/.exec(message);
    if (dates) return `须在核准日期（${dates[1]}）至今天（${dates[2]}）之间`;
    const numbers = /from (\d+) to (\d+)/.exec(message);
    return numbers ? `须为${numbers[1]}至${numbers[2]}之间的数` : '超出允许的范围';
  },
  unknown_county: () => '区划代码未收录，请核对是否为现行的县级区划代码',
  out_of_region: () => '不在您的辖区内',
  region: () => '不在您的辖区内',
  authority_mismatch: () => '此类登记机关不登记该性质的机构',
  department_mismatch: () => '统一社会信用代码第1位（登记管理部门代码）与登记机关类别不符',
  personal_data: () => '请勿填写完整的身份证号码（可写姓氏或后四位）',
  unknown_field: () => '无法识别的内容',
  url: () => '网址不正确或无法访问',
  // `王某 (5120**********1234) is banned from childcare work (终身禁入): <the ban's reason, as recorded>`.
  banned: (message) => {
    const reason = message.split('(终身禁入): ')[1];
    return `此人已被终身禁入托育服务工作${reason ? `（${reason}）` : ''}，不能列入名册`;
  },
  on_other_roster: () => '此人已在另一家机构的在岗名册中，一人只能在一个名册',
  too_short: () => '租赁场地的租期须不少于3年',
  not_qualified: () => '托幼机构卫生评价结果须为“合格”',
  not_on_record: () => '平台上没有这一身份的登记邮箱，请联系平台管理员',
};

// Where the field decides what the code means.
const BY_FIELD: Record<string, Phrase> = {
  'uscc/duplicate': () => '该统一社会信用代码已登记',
  'businessScope/format': () => '业务范围须写明“托育”或“婴幼儿照护”',
  'phone/format': () => '电话只能由数字、空格和 + - ( ) 组成，5至32位',
  'contact.phone/format': () => '电话只能由数字、空格和 + - ( ) 组成，5至32位',
  'materials.filingFormConfirmed/required': () => '请确认备案书',
  'materials.commitmentConfirmed/required': () => '请确认备案承诺书',
  'staff.healthCertificate/required': () => '缺少健康证明',
  'staff/missing': () => '名册须有一名负责人',
  // The API names the missing kind in Chinese after the colon: `missing document fire_safety_certificate: 消防…`.
  'code/expired': () => '验证码已过期或已使用，请重新获取',
  'code/exhausted': () => '输错次数过多，请重新获取验证码',
  'code/wrong': () => '验证码不正确',
  // The API names the missing kind in Chinese after the colon, with an English gloss the portal leaves out:
  // `missing document premises_proof: 场地证明 (proof of premises)`.
  'documents/missing': (message) =>
    `缺少材料：${message.slice(message.indexOf(': ') + 2).replace(/\s*\([A-Za-z ]+\)$/, '')}`,
};

/** A field problem as the person reads it: Chinese by its code, or the API's words in English. */
export function problemText(problem: FieldProblem, lang: 'zh' | 'en'): string {
  if (lang === 'en') return problem.message;
  const phrase = BY_FIELD[`${fieldName(problem.field)}/${problem.code}`] ?? BY_CODE[problem.code];
  return phrase ? phrase(problem.message) : problem.message;
}

const BY_STATUS: Record<number, string> = {
  401: '登录已过期，请重新登录',
  403: '您没有办理此事项的权限',
  404: '未找到，可能已被删除或链接有误',
  409: '情况已有变化，请刷新后再试',
  413: '文件过大',
  415: '不支持此文件类型',
  429: '操作过于频繁，请稍后再试',
};

/**
 * A failure as one line for the person: a request with field problems points at the fields; a known status is
 * said in Chinese, as is a network failure; anything else keeps the API's words.
 */
export function failureText(error: unknown, lang: 'zh' | 'en'): string {
  const message = error instanceof Error ? error.message : String(error);
  if (lang === 'en') return message;
  // fetch rejects with a TypeError when the network (not the service) failed: a phone out of signal.
  if (error instanceof TypeError) return '网络连接失败，请检查网络后再试';
  if (!(error instanceof ApiError)) return message;
  if (error.errors.length > 0) return '有内容需要修改，请按标出的提示改正后再提交';
  if (error.status >= 500) return '服务暂时不可用，请稍后再试';
  return BY_STATUS[error.status] ?? message;
}
