/**
 * 托育机构基本条件告知书: what a filed institution must keep meeting, sent with the receipt. Drawn from the
 * national 托育机构设置标准（试行）and 管理规范（试行）; a county may extend it.
 */
export const BASIC_CONDITIONS: readonly string[] = [
  '场地、设施设备符合《托育机构设置标准（试行）》，不得设在四层及以上、地下或半地下 (premises meet the setting standard)',
  '保育人员、卫生保健人员等按规定配备并持证上岗 (staff ratios and qualifications are kept)',
  '落实食品安全、消防安全、卫生保健和安全防护制度 (food, fire, health and safety rules are kept)',
  '视频监控覆盖婴幼儿活动区域，录像保存不少于90日 (CCTV covers the children’s areas, kept 90 days or more)',
  '收费项目和标准向社会公示 (fees are published)',
  '登记事项变更的，及时办理变更备案 (changes are filed again)',
];
