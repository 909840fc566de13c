/**
 * /form.css: one column on phones (360 px and up), the form beside a sticky preview on desktops. System
 * fonts (no web fonts to download), 16 px inputs (no zoom on focus in iOS), 44 px touch targets, a visible
 * focus ring, and colours with a contrast of at least 4.5:1 for text and 3:1 for borders (WCAG 2.2 1.4.3, 1.4.11).
 * The letter preview brings its own stylesheet (src/render/html.ts) inside its iframe.
 */
export const FORM_CSS = String.raw`*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1b1b1b;background:#fff;font:16px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
a{color:#0a4d8c;text-underline-offset:.15em}
a:hover{color:#06325c}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
main:focus{outline:none}
.wrap{max-width:40rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}
.skip:focus{left:1rem}
header.site{background:#0a4d8c;color:#fff;padding:.6rem 0}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem}
header.site .brand{color:#fff;font-size:1.35rem;font-weight:700;text-decoration:none;letter-spacing:.1em}
header.site span{font-size:.9rem}
header.site a:focus-visible{outline-color:#fff}
footer.site{margin-top:1rem;border-top:1px solid #c6cbd1;color:#4a4a4a;font-size:.875rem;padding:.25rem 0 .75rem}
h1{font-size:1.5rem;line-height:1.3;margin:.75rem 0 .5rem}
h2{font-size:1.2rem;line-height:1.4}
.lead{font-size:1.05rem;margin:.25rem 0 .75rem}
.note{color:#4a4a4a}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0}
.section{margin:0 0 .75rem}
.section>legend{font-size:1.2rem;font-weight:700;width:100%;border-bottom:2px solid #0a4d8c;padding-bottom:.15rem;margin-bottom:.4rem}
.section-hint{margin-top:0}
.field,.choices,.list{margin:0 0 1rem}
.field>label,.choices>legend,.list>legend{display:block;font-weight:600;margin-bottom:.25rem}
.hint{color:#4a4a4a;font-size:.9rem;margin:0 0 .35rem}
.req{display:inline-block;margin-left:.4rem;font-size:.75rem;font-weight:600;color:#8c1d18;border:1px solid #8c1d18;border-radius:3px;padding:0 .25rem;line-height:1.4;vertical-align:.1em}
input[type=text],input[type=tel],input[type=email],input[type=date],input[type=time],select,textarea{display:block;width:100%;min-height:2.75rem;padding:.45rem .6rem;font:inherit;font-size:1rem;color:#1b1b1b;background:#fff;border:2px solid #5c6670;border-radius:4px}
textarea{resize:vertical;min-height:5rem}
input[inputmode=decimal],input[inputmode=numeric],input[type=date],input[type=time]{max-width:16rem}
input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #1a5fb4;outline-offset:0;border-color:#1a5fb4}
.option{display:flex;align-items:flex-start;gap:.5rem;margin:.1rem 0}
.option input{flex:none;width:1.4rem;height:1.4rem;margin:.4rem 0 0;accent-color:#0a4d8c}
.option label{flex:1;padding:.3rem 0;cursor:pointer}
.option.single{margin-bottom:1.25rem}
.option-body{flex:1}
.option-body label{display:block;padding:.45rem 0 .2rem;cursor:pointer}
.option-body .hint,.option-body .error{margin:0 0 .35rem}
@media (min-width:40rem){.options.many{display:grid;grid-template-columns:1fr 1fr;column-gap:1rem}}
.options.short{display:grid;grid-template-columns:1fr 1fr;column-gap:.75rem}
.rows{display:grid;gap:.75rem}
fieldset.row{border:1px solid #8a939c;border-radius:6px;padding:.5rem .9rem .25rem;background:#f7f8fa}
fieldset.row>legend{font-weight:700;padding:0 .35rem}
.list .row .field{margin-bottom:.6rem}
.row .option label{padding:.15rem 0}
.row .option input{margin-top:.2rem}
.figures{margin-top:.5rem;background:#f1f5f9}
div.row .field{margin:0}
button{font:inherit;cursor:pointer}
.primary,.secondary{display:inline-block;min-height:2.75rem;border-radius:6px;padding:.55rem 1.2rem;font-size:1rem}
.primary{background:#0a4d8c;color:#fff;border:2px solid #0a4d8c;font-size:1.15rem;font-weight:700;width:100%;padding:.7rem 1.2rem}
.primary:hover{background:#06325c}
.secondary{background:#fff;color:#0a4d8c;border:2px solid #0a4d8c}
.secondary:hover{background:#eef3f8}
button:disabled{opacity:.6;cursor:not-allowed}
.add-row{margin-top:.75rem}
@media (min-width:40rem){.primary{width:auto}}
.default-submit{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.submit{margin-top:1rem}
.status{font-weight:600;margin:.75rem 0}
.status:empty{display:none}
.saved{margin:.5rem 0;font-size:.875rem;color:#4a4a4a}
.saved .link-button{min-height:0;padding:0 .25rem;font-size:.875rem}
.error{color:#a4231b;font-weight:600;margin:0 0 .35rem}
.has-error{border-left:4px solid #a4231b;padding-left:.75rem}
fieldset.row.has-error,.option.single.has-error{padding-left:.75rem}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#a4231b}
.error-summary{border:4px solid #a4231b;padding:.75rem 1rem;margin:1rem 0 1.5rem;border-radius:4px;max-width:38rem}
.error-summary:focus{outline:3px solid #1a5fb4;outline-offset:2px}
.error-summary h2{margin:0 0 .5rem;font-size:1.15rem;color:#a4231b}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#a4231b;font-weight:600}
.visually-hidden{position:absolute!important;top:0;left:0;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
fieldset{position:relative}
.progress{margin:.75rem 0 .25rem;font-size:.9rem;color:#4a4a4a;display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 .5rem}
.progress-step{font-weight:700;color:#1b1b1b}
.bar{height:6px;background:#dde3ea;border-radius:3px;overflow:hidden;margin-bottom:.5rem}
.bar span{display:block;height:100%;background:#0a4d8c}
.section>legend.page-title{border:0;padding:0;margin:0}
.page-title h1{margin:.5rem 0 .25rem}
details.more{margin:0 0 .5rem;border:1px solid #c6cbd1;border-radius:6px;padding:.25rem .75rem}
details.more>summary{cursor:pointer;padding:.5rem 0;font-weight:600;color:#0a4d8c}
.more-list{font-weight:400}
details.more[open]>summary{margin-bottom:.5rem}
.quick-pick{margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.quick-pick p{margin:0}
.chip{min-height:2.75rem;padding:.4rem 1rem;border:2px solid #0a4d8c;border-radius:1.5rem;background:#fff;color:#0a4d8c;font-size:1rem;font-weight:600}
.chip:hover{background:#eef3f8}
.info-box,.warning-box,.note-box,.notice{padding:.75rem 1rem;margin:0 0 1rem;border-left:4px solid #0a4d8c;background:#f1f5f9}
.warning-box{border-left-color:#8a5300;background:#fff6e5}
.info-box h2,.warning-box h2{font-size:1.05rem;margin:0 0 .25rem}
.info-box p,.warning-box p{margin:.25rem 0}
.warning-box ul{margin:.25rem 0;padding-left:1.25rem}
.nav{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.25rem;margin:1rem 0 .5rem}
.link-button{background:none;border:0;padding:.5rem 0;min-height:2.75rem;color:#0a4d8c;text-decoration:underline;text-underline-offset:.15em;font-size:1rem;cursor:pointer}
.link-button:hover{color:#06325c}
a.link-button{display:inline-flex;align-items:center}
.row.preset{display:block}
.row.preset .field{display:grid;grid-template-columns:minmax(0,1fr) 8.5rem;align-items:center;gap:.5rem;margin:0 0 .4rem}
.row.preset .field>label{margin:0;font-weight:400}
.row.preset .field .error{grid-column:1/-1;order:3}
fieldset.row.compact{background:none;border:0;padding:0;display:grid;grid-template-columns:minmax(0,1fr) 8.5rem;gap:.5rem}
fieldset.row.compact .field{display:block;margin:0 0 .4rem}
fieldset.row.compact .field>label{font-size:.875rem}
.list.compact .rows{gap:0}
.budget-total{margin:.5rem 0 1rem}
.answers{margin:0 0 .5rem}
.answers>div{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:.5rem;padding:.15rem 0;border-bottom:1px solid #dde3ea;font-size:.9rem;line-height:1.5}
.answers dt{font-weight:600}
.answers dd{margin:0;overflow-wrap:anywhere}
.answers ul{margin:0;padding-left:1rem}
.none{color:#4a4a4a}
.review-head{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}
.review-head h2,.review-head h3{margin:.5rem 0 .15rem;font-size:1.05rem}
.review-head .link-button{min-height:2rem;padding:.25rem 0}
.creditor{border:1px solid #8a939c;border-radius:8px;padding:.25rem 1rem .5rem;margin:0 0 1rem}
.creditor>h2{margin:.5rem 0 0;font-size:1.1rem}
.creditor>h3{margin:.5rem 0 .15rem;font-size:1.05rem}
.warnings{padding-left:1.25rem;color:#5c3900}
.add-creditor{width:100%}
.add-creditor .hint{margin:.35rem 0 0}
.letter-done{border:1px solid #8a939c;border-radius:8px;padding:.25rem 1rem .75rem;margin:0 0 1rem}
.letter-done h2{margin:.5rem 0 .25rem;font-size:1.15rem}
.file-name{margin:0 0 .5rem;font-size:.875rem;color:#4a4a4a;overflow-wrap:anywhere}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.downloads .primary{width:100%}
.text-copy{margin:.5rem 0}
.text-copy summary{cursor:pointer;padding:.5rem 0;color:#0a4d8c;font-weight:600}
.text-copy textarea{font-size:.875rem;min-height:10rem}
.steps-list{padding-left:1.5rem}
.steps-list li{margin:.3rem 0}
.deadline{margin:0 0 .75rem}
.deadline p{margin:.25rem 0}
.scam{margin:1.5rem 0;padding:.75rem 1rem;border:2px solid #a4231b;border-radius:8px}
.scam h2{margin:0 0 .25rem;color:#a4231b;font-size:1.15rem}
.scam p{margin:.25rem 0}
.scam ul{margin:.25rem 0;padding-left:1.25rem}
.scam-more summary{cursor:pointer;color:#0a4d8c;font-weight:600;padding:.35rem 0}
.row details.more{background:#fff}
.in-app{margin:.75rem 0;padding:.75rem 1rem;background:#fff6e5;border:2px solid #8a5300;border-radius:8px}
.in-app h2{margin:0 0 .25rem;font-size:1.05rem}
.in-app p{margin:0}
.situations legend h2{margin:.5rem 0}
.situations .option label{padding:.35rem 0}
.situations .option{border-bottom:1px solid #dde3ea}
.result{margin:1rem 0;outline:none}
.recommendations{margin:.5rem 0;padding-left:1.5rem}
.card{border:1px solid #8a939c;border-radius:8px;padding:.5rem 1rem;margin:0 0 .75rem}
.card h3{margin:.25rem 0;font-size:1.1rem}
.card p{margin:0 0 .25rem}
.all-letters li{margin:.4rem 0}
.choices-list{padding-left:1.25rem}
.choices-list>li{margin:0 0 1.25rem}
.choices-list h3{margin:.5rem 0 .25rem;font-size:1.05rem}
.envelope .big{font-size:1.5rem;font-weight:700;line-height:1.4;margin:.25rem 0}
.envelope section{border:2px solid #1b1b1b;padding:.5rem 1rem;margin:0 0 1rem}
.envelope h2{margin:0;font-size:1rem;color:#4a4a4a}
.blank{color:#4a4a4a}
@media print{header.site,footer.site,.no-print,.skip{display:none!important}.envelope .big{font-size:20pt}}
.link-button.back{min-height:2.25rem;padding:.25rem 0;font-size:.95rem}
.back::before{content:"‹ "}
.situations-again{margin:1rem 0}
.all{margin:1rem 0}
`;
