"""A made-up news page in HTML (the charset it declares left to fill in) with navigation, a
header and a footer around the article, and the article text a loader should read from it."""

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>示范区召开防汛工作会议 - 示范新闻网</title>
<meta property="article:published_time" content="2023-06-02T08:00:00+08:00">
</head><body>
<nav><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/gov">政务公开</a></nav>
<div class="header">欢迎访问示范新闻网 登录 注册</div>
<article>
<h1>示范区召开防汛工作会议</h1>
<p>本报讯 6月1日，示范区召开防汛工作会议，区委书记甲乙丙出席会议并讲话。</p>
<p>会议指出，要切实做好防汛各项准备工作，确保安全度汛。</p>
<p>记者 丁戊</p>
</article>
<footer>版权所有 示范新闻网 备案号：京ICP备12345678号 联系我们</footer>
</body></html>
"""
BODY = ("本报讯 6月1日,示范区召开防汛工作会议,区委书记甲乙丙出席会议并讲话。\n"
        "会议指出,要切实做好防汛各项准备工作,确保安全度汛。\n记者 丁戊")
