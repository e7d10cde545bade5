import { ApiError, type FieldProblem } from '../api';
import { failureText, problemText } from './problem-text';

const problem = (field: string, code: string, message: string): FieldProblem => ({ field, code, message });

describe('a field problem as a person reads it in the portal', () => {
  it.each<[string, FieldProblem, string]>([
    ['by its code', problem('name', 'required', 'name is required'), '必填'],
    [
      'by its field and code',
      problem('uscc', 'duplicate', 'USCC 91… is already registered'),
      '该统一社会信用代码已登记',
    ],
    [
      'a row of a list as its field',
      problem('staff[2].healthCertificate', 'required', '王芳 has no 健康证明'),
      '缺少健康证明',
    ],
    [
      'with the dates the API gave',
      problem(
        'changedOn',
        'range',
        'changedOn 2026-10-01 must be between the approval 2026-11-02 and today 2026-12-04',
      ),
      '须在核准日期（2026-11-02）至今天（2026-12-04）之间',
    ],
    [
      'with today',
      problem('approvedOn', 'future', 'approvedOn 2026-12-05 is after today (2026-12-04) in China'),
      '不能晚于今天（2026-12-04）',
    ],
    [
      'an instant in the future',
      problem('occurredAt', 'future', 'occurredAt 2026-12-05T10:00+08:00 is after now'),
      '不能晚于现在',
    ],
    [
      'a score out of range',
      problem('scores.safety', 'range', 'scores.safety must be a number from 0 to 100'),
      '须为0至100之间的数',
    ],
    [
      'the missing document, named in Chinese by the API',
      problem('documents', 'missing', 'missing document premises_proof: 场地证明 (proof of premises)'),
      '缺少材料：场地证明',
    ],
    [
      'a checksum',
      problem('uscc', 'checksum', 'check character is 0 but GB 32100 gives 2 (校验码错误)'),
      '校验码不对，请逐位核对',
    ],
    [
      'a ban with its recorded reason',
      problem(
        'staff[1].idNumber',
        'banned',
        '李某 (5120**********1234) is banned from childcare work (终身禁入): 虐待婴幼儿，2026-03-02处理决定',
      ),
      '此人已被终身禁入托育服务工作（虐待婴幼儿，2026-03-02处理决定），不能列入名册',
    ],
    ['the sign-in code', problem('code', 'wrong', 'The code is not right'), '验证码不正确'],
    ['a code it does not know: the API’s words', problem('x', 'lunar', 'x is odd'), 'x is odd'],
  ])('%s', (_case, given, zh) => expect(problemText(given, 'zh')).toBe(zh));

  it('keeps the API’s words in English', () => {
    expect(problemText(problem('name', 'required', 'name is required'), 'en')).toBe('name is required');
  });
});

describe('a failure as one line', () => {
  it.each<[string, unknown, string]>([
    [
      'field problems point at the fields',
      new ApiError(400, 'Invalid request: name', [problem('name', 'required', 'name is required')]),
      '有内容需要修改，请按标出的提示改正后再提交',
    ],
    ['a known status', new ApiError(429, 'ThrottlerException: Too Many Requests'), '操作过于频繁，请稍后再试'],
    ['a server failure', new ApiError(503, 'Service Unavailable'), '服务暂时不可用，请稍后再试'],
    ['an unknown status keeps its words', new ApiError(418, 'I am a teapot'), 'I am a teapot'],
    ['the network', new TypeError('Failed to fetch'), '网络连接失败，请检查网络后再试'],
    ['anything else keeps its words', new Error('Unexpected end of input'), 'Unexpected end of input'],
  ])('%s', (_case, error, zh) => expect(failureText(error, 'zh')).toBe(zh));

  it('keeps the API’s words in English', () => {
    expect(failureText(new ApiError(429, 'Too Many Requests'), 'en')).toBe('Too Many Requests');
  });
});
