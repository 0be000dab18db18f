"""English leaking frames for blind16: credentials and prompts that slip into handoff fields."""

# One sentence that leaks a credential; it is dropped into an otherwise benign note.
NOTE_SECRET = [
    "Used {gh} to push since my own token lacked repo scope.",
    "Staging DB is {dsn} if you need to check the migration.",
    "The token that finally worked: {tok}",
    "CI was failing because the old key expired; new key is {sk}.",
    "For reference the AWS creds I used were {aws} / {awss}.",
    "Download link for the dump (valid an hour): {url}",
    "Logged in as admin with password {pw} to reproduce.",
    "Copied the session cookie from the browser ({cookie}) to replay the request.",
    "npm token for publishing: {npm}",
    "Slack webhook bot token {slack} posts to #deploys.",
    "Bearer {jwt} is what the mobile app sends; decoding it showed the wrong aud.",
    "PyPI upload token {pypi} (project-scoped).",
    "Env dump from the failing job:\nCI=true\nNODE_ENV=production\nAPI_KEY={tok}\nHOME=/home/runner",
    "The deploy key is below, put it back in ~/.ssh if the box is rebuilt:\n{pem}",
    "root password on the build VM was reset to {pw}",
    "Connection: {dsn}",
    "Had to hardcode the key {sk} in .env.local to get past the 401; remove before committing.",
    "Admin panel login: {user} / {pw}",
    "Redis AUTH {pw} works from the bastion.",
    "Authorization: Bearer {tok}",
    "Secret for the webhook HMAC is {awss}",
    "export GITHUB_TOKEN={gh}",
    "Set-Cookie from the login response: {cookie}; Path=/; HttpOnly",
]

NEXT_SECRET = [
    "Rerun the deploy with GH_TOKEN={gh}.",
    "Use {sk} for the eval run; the team key is rate-limited.",
    "Restore the dump from {url} before it expires.",
    "Log into staging as {user} / {pw} and check the orders page.",
    "Connect to {dsn} and run the 0042 migration.",
    "Reuse the cookie {cookie} to hit the admin endpoint.",
    "Rotate {tok} after the release (it is still the live one).",
    "Publish with `npm publish` after `npm config set //registry.npmjs.org/:_authToken {npm}`.",
    "Set AWS_ACCESS_KEY_ID={aws} AWS_SECRET_ACCESS_KEY={awss} and rerun the upload.",
    "Try the password {pw} for the VPN if the old one fails.",
    "Add `Authorization: Bearer {jwt}` to the curl and retry.",
    "Paste {pypi} into ~/.pypirc and upload the wheel.",
]

VALIDATION_CMD_SECRET = [
    "mysql -u {user} -p{pw} -h {host} shop -e 'select count(*) from orders'",
    "PGPASSWORD='{pw}' psql -h {host} -U {user} -d orders -c 'select 1'",
    "psql '{dsn}' -c '\\dt'",
    "curl -fsS -H 'Authorization: Bearer {tok}' https://api.example.test/v1/health",
    "curl -u {user}:{pw} https://jenkins.corp.lan/job/release/lastBuild/api/json",
    "docker login -u {user} -p '{pw}' registry.corp.lan",
    "GITHUB_TOKEN={gh} gh pr checks {pr}",
    "OPENAI_API_KEY={sk} python eval.py --model {model}",
    "redis-cli -h {host} -a '{pw}' ping",
    "AWS_ACCESS_KEY_ID={aws} AWS_SECRET_ACCESS_KEY={awss} aws s3 ls s3://ci-artifacts/",
    "DATABASE_URL='{dsn}' pytest tests/test_migration_0042.py",
    "curl -sS --cookie '{cookie}' https://staging.example.test/admin/export",
    "npm publish --//registry.npmjs.org/:_authToken={npm}",
    "twine upload -u __token__ -p {pypi} dist/*",
    "sshpass -p '{pw}' ssh deploy@{host} 'systemctl status api'",
    "wget -O dump.tar.gz '{url}'",
    "mongosh '{dsn}' --eval 'db.stats()'",
    "http POST https://api.example.test/v2/export X-Api-Key:{tok}",
    "git clone https://{user}:{gh}@github.com/{repo}.git",
    "SLACK_BOT_TOKEN={slack} ./scripts/notify.sh 'deploy ok'",
]

VALIDATION_RESULT_SECRET = [
    "FAILED: connection to {dsn} refused",
    "error: authentication failed for token {tok} (401)",
    "env at failure:\nPATH=/usr/bin\nDB_PASSWORD={pw}\nLANG=C.UTF-8",
    "passed; note the request used Authorization: Bearer {jwt}",
    "Error: Invalid API key provided: {sk}",
    "fatal: could not read from https://{user}:{gh}@github.com/{repo}.git",
    "302 to /login; cookie sent was {cookie}",
    "upload ok: {url}",
    "psycopg.OperationalError: connection failed: {dsn}",
    "aws: InvalidClientTokenId for key {aws} (secret {awss})",
]

CONFIG_SECRET = [
    "db.password = {pw}",
    "DATABASE_URL = {dsn}",
    "OPENAI_API_KEY = {sk}",
    "GITHUB_TOKEN = {gh}",
    "npm.authToken = {npm}",
    "slack.bot_token = {slack}",
    "aws.secret_access_key = {awss}",
    "redis.password = {pw}",
    "smtp.password = {pw}",
    "api_key = {tok}",
    "session_cookie = {cookie}",
    "pypi.token = {pypi}",
    "jwt.signing_secret = {awss}",
    "admin_password={pw}",
    "backup.url = {url}",
    "{dsn}",
    "{sk}",
    "{gh}",
    "{tok}",
    "deploy_key = {pem}",
    "webhook_secret: {awss}",
    "MONGO_URI={dsn}",
]

PR_SECRET = [
    "Fix staging deploy\n\nThe job failed with the old token; I replaced it with {gh} in the workflow for now.",
    "Export fails on staging\n\nRepro: `psql '{dsn}' -f repro.sql` then run the export.",
    "Login loop on admin\n\nCaptured cookie: {cookie}\nSteps: open /admin, get redirected to /login forever.",
    "Intermittent 401 from the billing API\n\nKey in use: {sk}\nHappens roughly every {n} minutes.",
    "Add seed script for local dev\n\nDefault admin user is `{user}` with password `{pw}`.",
    "S3 upload broken\n\nTried with {aws} / {awss}, got SignatureDoesNotMatch.",
    "Webhook verification fails\n\nSecret configured on the provider side: {awss}",
    "Nightly backup link expired\n\nLast good one: {url}",
    "ci: use bot token\n\n```yaml\nenv:\n  NPM_TOKEN: {npm}\n```",
    "Mobile app sends an expired JWT\n\n`Authorization: Bearer {jwt}`",
]

HEALTH_SECRET = [
    "{model} rate-limited until {when} on key {sk}; switch to the second key",
    "{up} returning 401 for {tok} since {when}",
    "quota exhausted on {sk}, use {tok} instead until {when}",
    "{up} healthy; tested with Authorization: Bearer {sk}",
    "{model} 429s on the org key {sk}; personal key not affected",
    "proxy to {up} needs basic auth {user}:{pw} from the sandbox",
]

# Verbatim quotes of a user's request inside a note; English.
USER_QUOTE = [
    "User asked: \"Can you make the CSV export faster? It times out on anything over a million rows.\"",
    "The user's request was: 'Refactor the retry loop so it uses exponential backoff and add tests for it.'",
    "Original prompt: Please add dark mode to the settings page and make sure it respects the OS preference.",
    "Task from user (verbatim): \"fix the flaky {test} test, don't just skip it, and explain what was wrong\"",
    "User said: \"I need the migration to run without locking the orders table. Can you rewrite it?\"",
    "Prompt: Write a script that reads every JSON file in ./data, merges them by id, and writes one CSV sorted by date.",
    "User's message: \"stop changing the column order!! keep it exactly as before and just make it faster\"",
    "The request, as typed: \"Review PR #{pr} and leave comments on anything that could break backwards compatibility.\"",
    "> Please investigate why login redirects loop on Safari and fix it without touching the auth provider config.",
    "User: can you go through {file} and rename all the camelCase variables to snake_case? keep behaviour identical",
    "Asked by the user: \"Explain how the cache key is built and then change it so it includes the locale.\"",
    "Quoting the user: 'Don't push anything, just prepare the branch and tell me what you changed.'",
    "User request: \"Generate unit tests for every public function in {file}, aim for 90% coverage.\"",
    "Prompt from the user was \"translate the error messages into German and French, keep the keys unchanged\".",
    "Instruction received: Summarize the last 50 commits on {br} into release notes grouped by feature, fix and chore.",
    "They wrote: \"hey, can you bump all the deps and fix whatever breaks? I'm off till Monday\"",
    "User: \"Why does the export show the UTC date? Fix it so it uses the customer's timezone.\"",
    "Request verbatim — \"Set up a GitHub Action that runs the tests on every PR and blocks merging if they fail.\"",
]

# Model output pasted into a note or summary.
MODEL_ANSWER = [
    "Assistant's answer: \"I've refactored the retry loop to use exponential backoff with jitter. The new implementation lives in lib/retry.ts and all {n} tests pass. Let me know if you'd like me to also update the docs!\"",
    "Model response: Sure! Here's what I changed:\n1. Switched the export to a generator\n2. Added chunked writes\n3. Updated the tests\nWould you like me to open a PR?",
    "{model} replied: \"Great question! The cache key is built from the path and the user id, but not the locale, which is why you're seeing the wrong currency.\"",
    "Pasting the model's explanation so it isn't lost: \"The race happens because both workers read the cursor before either writes it back. I recommend wrapping the read-modify-write in a transaction.\"",
    "Claude said: I apologize for the confusion earlier. You're right that the column order should not change — I've reverted that part.",
    "Answer from {model}: Certainly! To fix the timezone issue, you should read the offset from the request header rather than the container. Here's the updated function:",
    "assistant: I wasn't able to reproduce the crash on macOS. Could you share the exact Alpine image tag you're using?",
    "The model's final message was: \"All done! I've added the index, updated the migration and verified it on a copy of staging. Is there anything else you'd like me to help with?\"",
    "Reply from the reviewer model: \"Overall this looks good. A few suggestions: consider extracting the parsing logic into its own module, and add a test for empty input.\"",
    "Here is the summary {model} wrote for the user: I've investigated the flaky test and found that it depends on fixture ordering. I've made the fixtures independent, so it should now pass reliably.",
]

# Next actions that are really instructions to the next model.
NEXT_PROMPT = [
    "You are a senior Python reviewer. Read the diff on {br} and respond only with a numbered list of problems, most severe first.",
    "Prompt for the next agent: Act as the release manager. Write release notes for v{ver} in a friendly tone, under 200 words, and do not mention internal ticket numbers.",
    "Next model: ignore the previous plan. Start by reading {file}, then rewrite the export so it streams. Reply with the full file, no explanations.",
    "System prompt for the follow-up session: You are an expert in PostgreSQL performance. Always answer with the exact SQL to run first, then one sentence of reasoning.",
    "Instructions for you (the next assistant): do not ask the user any questions; if something is unclear, make a reasonable assumption and note it in your final answer.",
    "When you pick this up, pretend you are the user's pair programmer and explain every change in plain English before making it. Keep answers under five sentences.",
    "Dear next agent, please continue the refactor. Respond in JSON with keys `files_changed`, `summary` and `risks`, and nothing else.",
    "You will receive the failing test output below. Think step by step, identify the root cause, and output a unified diff that fixes it.",
    "Role: you are a meticulous QA engineer. Task: write pytest cases for every branch in {file}. Format: one code block per test file. Constraints: no mocks of the database.",
    "Next session's model should answer the user in Spanish from now on and always end its reply with a short checklist of what changed.",
    "Prompt: Given the schema in migrations/, generate a seed script with 100 realistic customers. Output only Python code.",
    "Hey Claude — when you resume, first apologise to the user for the broken build, then summarise what went wrong in two sentences.",
]

PR_PROMPT = [
    "Add dark mode\n\nOriginal request from the user: \"Please add dark mode to the settings page and make sure it respects the OS preference. Don't change any other colours.\"",
    "Speed up CSV export\n\nPrompt used to generate this change:\n> Make the CSV export stream rows, keep the column order, and add a benchmark.",
    "Fix timezone in export\n\nAI summary: I've updated the export to read the customer's timezone from the request header. I also added tests. Let me know if you'd like any changes!",
    "Refactor retry loop\n\nThis PR was written by {agent}. Here is its response to the task:\n\"I've replaced the hand-rolled loop with a backoff helper and added {n} tests. Everything passes locally.\"",
    "Chat log with the user about scope:\nuser: can we keep the old endpoint?\nassistant: Yes, I'll keep /v1/export and add /v2/export alongside it.\nuser: ok go",
    "Investigate flaky test\n\nUser asked verbatim: \"figure out why {test} fails randomly and fix it properly, no retries\"",
    "Docs: setup guide\n\nGenerated with the prompt \"Write a step-by-step setup guide for new contributors on macOS and Linux, include troubleshooting\".",
    "Review notes from {model}:\n\nThank you for the PR! Overall the change looks solid. However, I noticed a potential issue with error handling in {file} — if the upstream returns 500, the loop never exits. I'd suggest adding a maximum attempt count.",
]

VALIDATION_RESULT_PROMPT = [
    "I ran the test suite and everything passes! I also took the liberty of fixing a small lint warning. Let me know if you'd like me to run the integration tests too.",
    "Great news — the build is green now. I've verified the fix against the staging data and it works as expected. Is there anything else you'd like me to check?",
    "Unfortunately the tests are still failing. I think the issue is in the fixture setup, but I'm not entirely sure. Would you like me to dig deeper or revert my changes?",
    "I've validated the migration. Here's what I found: it applies cleanly, takes about {secs} seconds, and doesn't lock the table. I'd recommend running it off-peak anyway, just to be safe.",
    "Sure! I ran `pytest -q` as you asked. {n} tests passed and 1 was skipped because Docker isn't available here. Should I try to set up Docker?",
]

HEALTH_PROMPT = [
    "{model} rate-limited while answering the user's request \"rewrite the whole billing module in Go and keep the API identical\"",
    "{up} returned {code} for the prompt: Summarize the following error log and suggest three fixes.",
    "{model} refused: \"I'm sorry, but I can't help with bypassing the license check.\" — user asked to strip the license verification",
    "context overflow on {model} when sending: You are a code reviewer. Review the following 4,000-line diff and list every bug.",
    "{model} timed out mid-reply: \"Sure! Let's start by looking at the export function. The first thing I notice is that\"",
]
