import { EvaluationResultProps, RectificationOrderedProps, RectificationReviewedProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import {
  DUE_EN,
  DUE_ZH,
  EXPLANATION_HTML,
  EXPLANATION_TEXT,
  FOOTER_EN,
  FOOTER_EN_HTML,
  FOOTER_ZH,
  FOOTER_ZH_HTML,
} from './template-fragments';

/** 责令限期整改 after a supervision inspection (株洲: 消防、安全、饮食、卫生保健、保育规范、收费价格). */
export const RECTIFICATION_ORDERED_TEMPLATE: NoticeTemplateSource<RectificationOrderedProps> = {
  propsClass: RectificationOrderedProps,
  'zh-CN': {
    subject: '【责令限期整改】{{institutionName}}须于{{dueOn}}前完成整改',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

{{departmentName}}于{{inspectedOn}}对贵机构进行监督检查，发现以下问题：{{#each items}}
- 【{{category}}】{{item}}：{{finding}}{{/each}}

请于 ${DUE_ZH} 前完成整改，整改期满后将进行复查；逾期未整改的，将依法处理。
期限说明：${EXPLANATION_TEXT}

查看：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}于{{inspectedOn}}对贵机构进行监督检查，发现以下问题：</p>
<ul>{{#each items}}<li>【{{category}}】{{item}}：{{finding}}</li>{{/each}}</ul>
<p><strong>请于 ${DUE_ZH} 前完成整改</strong>，整改期满后将进行复查；逾期未整改的，将依法处理。</p>
<p>期限说明：</p>${EXPLANATION_HTML}
<p>查看：<a href="{{caseUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Rectification order] {{institutionName}} must rectify by {{dueOn}}',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} inspected your institution on {{inspectedOn}} and found:{{#each items}}
- [{{category}}] {{item}}: {{finding}}{{/each}}

Rectify these by ${DUE_EN}; a re-inspection follows. Failing to rectify in time leads to penalties.
How the date was computed:${EXPLANATION_TEXT}

Details: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} inspected your institution on {{inspectedOn}} and found:</p>
<ul>{{#each items}}<li>[{{category}}] {{item}}: {{finding}}</li>{{/each}}</ul>
<p><strong>Rectify these by ${DUE_EN}</strong>; a re-inspection follows. Failing to rectify in time leads to penalties.</p>
<p>How the date was computed:</p>${EXPLANATION_HTML}
<p>Details: <a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 质量评估结果 per WS/T 821—2023, made public (平顶山: 评估结果向社会公布). */
export const EVALUATION_RESULT_TEMPLATE: NoticeTemplateSource<EvaluationResultProps> = {
  propsClass: EvaluationResultProps,
  'zh-CN': {
    subject: '【质量评估结果】{{institutionName}}评定为{{level}}级',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

{{departmentName}}于{{evaluatedOn}}对贵机构开展托育机构质量评估（WS/T 821—2023），总分{{totalScore}}，评定等级：{{level}}级。
各维度得分：{{#each dimensions}}
- {{dimension}}：{{score}}（权重 {{weight}}）{{/each}}{{#if vetoed}}

存在一票否决事项：{{#each vetoes}}
- {{this}}{{/each}}{{/if}}

评估结果已于{{publishedOn}}向社会公布：{{publicUrl}}

${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}于{{evaluatedOn}}对贵机构开展托育机构质量评估（WS/T 821—2023），总分{{totalScore}}，<strong>评定等级：{{level}}级</strong>。</p>
<ul>{{#each dimensions}}<li>{{dimension}}：{{score}}（权重 {{weight}}）</li>{{/each}}</ul>
{{#if vetoed}}<p>存在一票否决事项：</p><ul>{{#each vetoes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>评估结果已于{{publishedOn}}向社会公布：<a href="{{publicUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Quality evaluation] {{institutionName}} is rated level {{level}}',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} evaluated your institution on {{evaluatedOn}} (WS/T 821—2023): total score {{totalScore}}, level {{level}}.
Scores by dimension:{{#each dimensions}}
- {{dimension}}: {{score}} (weight {{weight}}){{/each}}{{#if vetoed}}

Veto items found:{{#each vetoes}}
- {{this}}{{/each}}{{/if}}

The result was published on {{publishedOn}}: {{publicUrl}}

${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} evaluated your institution on {{evaluatedOn}} (WS/T 821—2023): total score {{totalScore}}, <strong>level {{level}}</strong>.</p>
<ul>{{#each dimensions}}<li>{{dimension}}: {{score}} (weight {{weight}})</li>{{/each}}</ul>
{{#if vetoed}}<p>Veto items found:</p><ul>{{#each vetoes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>The result was published on {{publishedOn}}: <a href="{{publicUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 整改复查结果: closed, or what still fails and by when. */
export const RECTIFICATION_REVIEWED_TEMPLATE: NoticeTemplateSource<RectificationReviewedProps> = {
  propsClass: RectificationReviewedProps,
  'zh-CN': {
    subject:
      '【整改复查】{{institutionName}}：{{#if closed}}整改已通过复查{{else}}复查未通过，须于{{dueOn}}前完成整改{{/if}}',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

{{departmentName}}于{{reinspectedOn}}对贵机构的整改情况进行了复查。
{{#if closed}}整改已全部通过复查，本次责令整改结束。{{else}}以下项目仍未整改到位：{{#each remaining}}
- 【{{category}}】{{item}}：{{finding}}{{/each}}

请于 {{dueOn}} 24:00（北京时间）前完成整改；逾期未整改的，将依法处理。{{/if}}

查看：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}于{{reinspectedOn}}对贵机构的整改情况进行了复查。</p>
{{#if closed}}<p><strong>整改已全部通过复查</strong>，本次责令整改结束。</p>{{else}}<p>以下项目仍未整改到位：</p>
<ul>{{#each remaining}}<li>【{{category}}】{{item}}：{{finding}}</li>{{/each}}</ul>
<p><strong>请于 {{dueOn}} 24:00（北京时间）前完成整改</strong>；逾期未整改的，将依法处理。</p>{{/if}}
<p>查看：<a href="{{caseUrl}}">点此打开</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject:
      '[Re-inspection] {{institutionName}}: {{#if closed}}rectification accepted{{else}}still failing, rectify by {{dueOn}}{{/if}}',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} re-inspected your rectification on {{reinspectedOn}}.
{{#if closed}}Everything passed: the rectification order is closed.{{else}}These items still fail:{{#each remaining}}
- [{{category}}] {{item}}: {{finding}}{{/each}}

Rectify them by {{dueOn}} 24:00 China time (UTC+8).{{/if}}

Details: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} re-inspected your rectification on {{reinspectedOn}}.</p>
{{#if closed}}<p><strong>Everything passed</strong>: the rectification order is closed.</p>{{else}}<p>These items still fail:</p>
<ul>{{#each remaining}}<li>[{{category}}] {{item}}: {{finding}}</li>{{/each}}</ul>
<p><strong>Rectify them by {{dueOn}} 24:00 China time (UTC+8).</strong></p>{{/if}}
<p>Details: <a href="{{caseUrl}}">Open the page</a></p>${FOOTER_EN_HTML}`,
  },
};
