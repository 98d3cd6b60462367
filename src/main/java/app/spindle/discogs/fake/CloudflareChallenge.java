package app.spindle.discogs.fake;

/** The kind of HTML page Cloudflare, in front of Discogs, has answered API clients with instead of JSON. */
final class CloudflareChallenge {
    private CloudflareChallenge() {}

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-US">
            <head>
            <title>Just a moment...</title>
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
            <meta name="robots" content="noindex,nofollow">
            </head>
            <body>
            <div class="main-wrapper" role="main">
            <div class="main-content">
            <h1 class="zone-name-title h1">api.discogs.com</h1>
            <h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
            <noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
            <div id="challenge-body-text" class="core-msg spacer">api.discogs.com needs to review the security of your connection before proceeding.</div>
            </div>
            </div>
            <div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper">
            <div class="ray-id">Ray ID: <code>7d1f0c2a9b8e4f31</code></div></div>
            <div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div></div></div>
            </body>
            </html>
            """;
}
