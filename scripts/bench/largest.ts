/**
 * The largest letter the API takes: a collection-objection (关于停止不当催收行为的告知函) with the maximum of 100
 * incidents, each with its own account of what happened — the workload that decides which plan a
 * borrower with a long history of abusive collection needs.
 */
import { STORIES } from "./variants";

export const largestLetterType = "collection-objection";

const CHANNELS = ["phone", "sms", "wechat", "visit", "letter", "other"] as const;
const CONDUCTS = [
  ["contacted-third-parties", "disclosure"],
  ["threats"],
  ["insults"],
  ["night-contact"],
  ["excessive-frequency"],
  ["impersonation"],
  ["false-legal-claims"],
  ["home-visit"],
  ["workplace-visit", "contacted-third-parties"],
] as const;
const ACCOUNTS = [
  "对方称如果再不还款就把本人的欠款情况发到家族群里，让所有亲戚都知道。",
  "来电人员自称是法院工作人员，说已经立案，下周就来查封房产。",
  "对方连续拨打本人父母的电话，要求父母替本人还款，并出言辱骂。",
  "催收人员到本人单位门口拉横幅，严重影响本人的工作和名誉。",
  "对方在微信上发来本人身份证照片和家庭住址，暗示会上门。",
  "凌晨一点多连续来电，本人未接后又换号码继续拨打。",
];

function isoDate(day: number): string {
  const d = new Date(Date.UTC(2026, 7, 16) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export const largestLetterBody = {
  locale: "zh-Hans",
  date: "2026-11-23",
  borrower: { name: "赵明华", idNumber: "11010519491231002X", phone: "13912345678", address: "上海市浦东新区世纪大道100号2号楼1203室" },
  lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
  account: { product: "借呗", contractNumber: "JB20250315001234" },
  debt: { principal: "28000.00", interest: "1260.50", penalty: "388.20", overdueSince: "2026-08-15" },
  collector: { name: "深圳市恒信达商务咨询有限公司", phone: "0755-86001234" },
  incidents: Array.from({ length: 100 }, (_, i) => {
    const conducts = [...CONDUCTS[i % CONDUCTS.length]];
    const night = conducts.includes("night-contact");
    return {
      date: isoDate(i),
      time: night ? "23:40" : `${String(9 + (i % 9)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`,
      // A visit is in person (CONDUCT_NEEDS_VISIT): the other rows take the channels in turn.
      channel: conducts.some((c) => c.endsWith("-visit")) ? "visit" : CHANNELS[i % CHANNELS.length],
      from: `170${String(12345678 + i * 7331).slice(0, 8)}`,
      conducts,
      description: ACCOUNTS[i % ACCOUNTS.length] + STORIES[i % STORIES.length].replace(/。$/, "，") + "本人已保留录音和截图。",
    };
  }),
  demands: ["stop-third-party-contact", "written-communication-only", "provide-authorization", "provide-debt-statement", "stop-night-contact", "delete-unlawful-data"],
  contactPreference: { channel: "post", value: "上海市浦东新区世纪大道100号2号楼1203室" },
  evidence: ["通话录音共38段", "短信及微信截图共56张", "单位同事的书面说明"],
  attachments: ["通话记录截图（共20页）", "短信截图（共12页）"],
};
