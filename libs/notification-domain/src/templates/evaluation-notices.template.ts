import { EvaluationResultProps, RectificationOrderedProps } from '@tuoyu/contracts';
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

{{departmentName}}于{{inspectedOn}}对贵机构进行监督检查，发现以下问题：
{{#each items}}- 【{{category}}】{{item}}：{{finding}}
{{/each}}

请于 ${DUE_ZH} 前完成整改，整改期满后将进行复查；逾期未整改的，将依法处理。
期限说明：
${EXPLANATION_TEXT}
查看：{{caseUrl}}

${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}于{{inspectedOn}}对贵机构进行监督检查，发现以下问题：</p>
<ul>{{#each items}}<li>【{{category}}】{{item}}：{{finding}}</li>{{/each}}</ul>
<p><strong>请于 ${DUE_ZH} 前完成整改</strong>，整改期满后将进行复查；逾期未整改的，将依法处理。</p>
<p>期限说明：</p>${EXPLANATION_HTML}
<p>查看：<a href="{{caseUrl}}">{{caseUrl}}</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Rectification order] {{institutionName}} must rectify by {{dueOn}}',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} inspected your institution on {{inspectedOn}} and found:
{{#each items}}- [{{category}}] {{item}}: {{finding}}
{{/each}}

Rectify these by ${DUE_EN}; a re-inspection follows. Failing to rectify in time leads to penalties.
How the date was computed:
${EXPLANATION_TEXT}
Details: {{caseUrl}}

${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} inspected your institution on {{inspectedOn}} and found:</p>
<ul>{{#each items}}<li>[{{category}}] {{item}}: {{finding}}</li>{{/each}}</ul>
<p><strong>Rectify these by ${DUE_EN}</strong>; a re-inspection follows. Failing to rectify in time leads to penalties.</p>
<p>How the date was computed:</p>${EXPLANATION_HTML}
<p>Details: <a href="{{caseUrl}}">{{caseUrl}}</a></p>${FOOTER_EN_HTML}`,
  },
};

/** 质量评估结果 per WS/T 821—2023, made public (平顶山: 评估结果向社会公布). */
export const EVALUATION_RESULT_TEMPLATE: NoticeTemplateSource<EvaluationResultProps> = {
  propsClass: EvaluationResultProps,
  'zh-CN': {
    subject: '【质量评估结果】{{institutionName}}评定为{{level}}级',
    text: `{{institutionName}}（统一社会信用代码：{{uscc}}）：

{{departmentName}}于{{evaluatedOn}}对贵机构开展托育机构质量评估（WS/T 821—2023），总分{{totalScore}}，评定等级：{{level}}级。
各维度得分：
{{#each dimensions}}- {{dimension}}：{{score}}（权重 {{weight}}）
{{/each}}
{{#if vetoed}}存在一票否决事项：
{{#each vetoes}}- {{this}}
{{/each}}{{/if}}
评估结果已于{{publishedOn}}向社会公布：{{publicUrl}}

${FOOTER_ZH}`,
    html: `<p>{{institutionName}}（统一社会信用代码：{{uscc}}）：</p>
<p>{{departmentName}}于{{evaluatedOn}}对贵机构开展托育机构质量评估（WS/T 821—2023），总分{{totalScore}}，<strong>评定等级：{{level}}级</strong>。</p>
<ul>{{#each dimensions}}<li>{{dimension}}：{{score}}（权重 {{weight}}）</li>{{/each}}</ul>
{{#if vetoed}}<p>存在一票否决事项：</p><ul>{{#each vetoes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>评估结果已于{{publishedOn}}向社会公布：<a href="{{publicUrl}}">{{publicUrl}}</a></p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Quality evaluation] {{institutionName}} is rated level {{level}}',
    text: `{{institutionName}} (USCC {{uscc}}),

{{departmentName}} evaluated your institution on {{evaluatedOn}} (WS/T 821—2023): total score {{totalScore}}, level {{level}}.
Scores by dimension:
{{#each dimensions}}- {{dimension}}: {{score}} (weight {{weight}})
{{/each}}
{{#if vetoed}}Veto items found:
{{#each vetoes}}- {{this}}
{{/each}}{{/if}}
The result was published on {{publishedOn}}: {{publicUrl}}

${FOOTER_EN}`,
    html: `<p>{{institutionName}} (USCC {{uscc}}),</p>
<p>{{departmentName}} evaluated your institution on {{evaluatedOn}} (WS/T 821—2023): total score {{totalScore}}, <strong>level {{level}}</strong>.</p>
<ul>{{#each dimensions}}<li>{{dimension}}: {{score}} (weight {{weight}})</li>{{/each}}</ul>
{{#if vetoed}}<p>Veto items found:</p><ul>{{#each vetoes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
<p>The result was published on {{publishedOn}}: <a href="{{publicUrl}}">{{publicUrl}}</a></p>${FOOTER_EN_HTML}`,
  },
};
