/**
 * Letters that differ as real ones do, for the bench's "varied letters" runs: every letter of a batch of
 * borrowers has its own name, address, creditor and hardship story, so its own characters (which the PDF
 * writer cannot share between letters) are as many as in life. Seeded: the same index gives the same body.
 */
import { benchLetterBody } from "./letter";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可舒影荔枝思";
const STREETS = [
  "北京市海淀区中关村大街",
  "广州市天河区天河路",
  "深圳市南山区科技园南路",
  "成都市武侯区人民南路四段",
  "杭州市西湖区文三路",
  "武汉市洪山区珞喻路",
  "南京市鼓楼区中山北路",
  "西安市雁塔区长安南路",
  "郑州市金水区花园路",
  "长沙市岳麓区麓山南路",
  "沈阳市和平区南京北街",
  "昆明市五华区东风西路",
  "哈尔滨市南岗区西大直街",
  "福州市鼓楼区五四路",
];
const CARD_CENTRES = [
  "中国工商银行股份有限公司牡丹卡中心",
  "中国建设银行股份有限公司信用卡中心",
  "交通银行股份有限公司太平洋信用卡中心",
  "广发银行股份有限公司信用卡中心",
  "上海浦东发展银行股份有限公司信用卡中心",
  "中信银行股份有限公司信用卡中心",
  "平安银行股份有限公司信用卡中心",
  "兴业银行股份有限公司信用卡中心",
  "中国光大银行股份有限公司信用卡中心",
  "华夏银行股份有限公司信用卡中心",
];
/** Hardship sentences in the borrowers' own words: the free text no template shares. */
export const STORIES = [
  "本人于今年三月因所在单位经营困难被辞退，至今仍在积极寻找工作。",
  "家中老人突发脑梗住院治疗，前后花费医疗费用八万余元，积蓄已全部用尽。",
  "本人经营的小餐馆受周边拆迁影响，客流骤减，最终于去年年底关门歇业。",
  "配偶因工受伤，目前在家休养，家庭收入来源只剩本人一份工资。",
  "孩子今年考上大学，学费和生活费支出较大，家庭经济压力明显增加。",
  "本人工资自去年起下调约百分之四十，扣除房租和日常开销后所剩无几。",
  "由于长期加班导致身体出现问题，医生建议休养三个月，期间没有收入。",
  "本人此前为朋友担保借款，朋友无力偿还后由本人代为清偿，导致资金紧张。",
  "老家房屋在暴雨中受损严重，修缮花费了大部分积蓄。",
  "去年冬天父亲摔倒骨折，需要长期卧床，我辞去工作回家照顾。",
  "外贸订单锐减，工厂停产半年，工人陆续离开，我也失去了收入。",
  "本人患有糖尿病并发症，每周需去医院复查，药费负担沉重。",
  "因遭遇电信诈骗，被骗走十二万元，已向公安机关报案，至今未能追回。",
  "我所在的装修公司拖欠工资已有五个月，多次讨要无果，只能申请劳动仲裁。",
  "丈夫意外离世，留下两个年幼的孩子，家庭失去主要收入来源。",
  "今年夏天洪水淹没了家里的鱼塘和果园，损失近二十万元。",
  "本人开网约车为生，车辆发生事故后维修和赔偿花去大量资金。",
  "女儿确诊白血病，骨髓移植手术费用高达四十万元，亲友借款已难以为继。",
  "单位改制后本人转为劳务派遣，收入减少且很不稳定。",
  "因连续两年干旱，种植的玉米和小麦几乎绝收，家里没有别的进项。",
  "母亲患阿尔茨海默病，需要专人看护，每月护理费用约四千元。",
  "我经营的服装店因电商冲击连年亏损，库存积压严重，房东又上调了租金。",
  "本人在工地干活时腰椎受伤，至今无法从事体力劳动，只能靠打零工糊口。",
  "妻子怀孕后辞职待产，家里只靠我一人微薄的收入维持。",
  "公司搬迁至外省，本人因照顾家人无法随迁，只能另谋出路。",
  "承包的工程项目被发包方拖欠款项，目前正在诉讼之中，回款遥遥无期。",
];

/** A small deterministic generator (an LCG), so bodies do not change between runs. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

/** The bench letter with its own borrower, creditor and story: letter `i` of a day's work. */
export function variedDeferralBody(i: number): typeof benchLetterBody {
  const pick = random(1 + i * 7919);
  const one = <T>(list: ArrayLike<T>) => list[pick(list.length)];
  const name = one(SURNAMES) + one(GIVEN) + (pick(2) ? one(GIVEN) : "");
  const story = Array.from({ length: 2 + pick(3) }, () => one(STORIES)).join("");
  return {
    ...benchLetterBody,
    borrower: {
      ...benchLetterBody.borrower,
      name,
      address: `${one(STREETS)}${1 + pick(300)}号${1 + pick(20)}栋${100 + pick(2000)}室`,
    },
    lender: { ...benchLetterBody.lender, name: one(CARD_CENTRES) },
    account: { ...benchLetterBody.account, accountNumber: `6225${String(100000000000 + pick(899999999999)).padStart(12, "0")}` },
    hardship: { ...benchLetterBody.hardship, details: story },
  };
}
