-- The OAuth application's consumer was kept twice: as the application saved on the Settings page
-- (discogs.app.*) and again inside a connected OAuth account (discogs.auth.*). It is kept once now,
-- as discogs.app.*. Where both exist the account's copy wins: its token was issued to that consumer.
INSERT OR REPLACE INTO settings (key, value)
SELECT 'discogs.app.consumer_key', value FROM settings WHERE key = 'discogs.auth.consumer_key';

INSERT OR REPLACE INTO settings (key, value)
SELECT 'discogs.app.consumer_secret', value FROM settings WHERE key = 'discogs.auth.consumer_secret';

DELETE FROM settings WHERE key IN ('discogs.auth.consumer_key', 'discogs.auth.consumer_secret');
