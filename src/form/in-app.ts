/**
 * In-app browsers (WeChat, QQ, Weibo, DingTalk, Alipay, Douyin, …) open links people send each other, and
 * most of them cannot save a downloaded file. Pages opened in one say how to open the site in the phone's own
 * browser, and offer the letter to view inline (the HTML page, or the PDF shown rather than saved).
 */

export interface InAppBrowser {
  /** What the page calls it: 微信, QQ, … */
  name: string;
}

/** User-agent tokens of the in-app browsers people in mainland China meet, most common first. */
const IN_APP: readonly [RegExp, string][] = [
  [/MicroMessenger\//i, "微信"],
  [/\bQQ\/\d/i, "QQ"],
  [/Weibo/i, "微博"],
  [/DingTalk/i, "钉钉"],
  [/AlipayClient/i, "支付宝"],
  [/aweme|BytedanceWebview|NewsArticle/i, "抖音或今日头条"],
  [/XiaoHongShu|xhsdiscover/i, "小红书"],
];

export function inAppBrowser(userAgent: string | undefined): InAppBrowser | undefined {
  if (!userAgent) return undefined;
  for (const [pattern, name] of IN_APP) if (pattern.test(userAgent)) return { name };
  return undefined;
}
