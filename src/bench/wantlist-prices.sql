-- Prices for a synthetic 20,000-want mirror (MakeSyntheticDb with -Dsynthetic.wants=20000): the newest price
-- of 9 wants in 10 (a quarter of those with nothing for sale, a third with a price a week before), the same
-- rows as observations, and a target of 20 USD on every 7th want.
INSERT INTO latest_prices (release_id, observed_at, lowest_price, num_for_sale, currency, week_ago_price)
SELECT release_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (release_id % 48) || ' hours'),
    CASE WHEN release_id % 4 = 0 THEN NULL ELSE (release_id % 9000) / 100.0 + 1 END,
    CASE WHEN release_id % 4 = 0 THEN 0 ELSE release_id % 13 + 1 END, 'USD',
    CASE WHEN release_id % 3 = 0 THEN (release_id % 8000) / 100.0 + 2 END
FROM wants WHERE release_id % 10 <> 0;
INSERT INTO price_observations (release_id, observed_at, lowest_price, num_for_sale, currency)
SELECT release_id, observed_at, lowest_price, num_for_sale, currency FROM latest_prices;
INSERT INTO price_targets (release_id, target, currency, in_notes, set_at)
SELECT release_id, 20.0, 'USD', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM wants WHERE release_id % 7 = 0;
