-- Rate limits per model per day: how often each model was rate-limited.
-- chart: rate_limited
SELECT CAST(date_trunc('day', checked_at) AS DATE) AS day, provider || '/' || model AS model,
       count(*) AS rate_limited
FROM model_health
WHERE status = 'rate_limited'
GROUP BY ALL
ORDER BY day, model
