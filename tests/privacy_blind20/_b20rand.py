"""Random pieces for blind20: synthetic credentials in the right shapes (never real), ids, numbers.

Every function takes the generator's own `random.Random`, so the corpus is deterministic.
"""
import string

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, n, alphabet=ALNUM):
    """Random characters that contain a digit, a lower and an upper letter wherever the alphabet has them."""
    wants = [k for k in (str.isdigit, str.islower, str.isupper) if any(k(c) for c in alphabet)]
    while True:
        s = chars(rng, alphabet, n)
        if all(any(k(c) for c in s) for k in wants):
            return s


def hexs(rng, n):
    return chars(rng, HEX, n)


def openai(rng):
    kind = rng.random()
    if kind < 0.5:
        return "sk-proj-" + mixed(rng, 74, URLSAFE) + "T3BlbkFJ" + mixed(rng, 74, URLSAFE)
    if kind < 0.75:
        return "sk-" + mixed(rng, 20) + "T3BlbkFJ" + mixed(rng, 20)
    return "sk-svcacct-" + mixed(rng, 58, URLSAFE) + "T3BlbkFJ" + mixed(rng, 58, URLSAFE)


def anthropic(rng):
    return "sk-ant-api03-" + mixed(rng, 93, URLSAFE) + "AA"


def anthropic_admin(rng):
    return "sk-ant-admin01-" + mixed(rng, 93, URLSAFE) + "AA"


def google(rng):
    return "AIza" + mixed(rng, 35, URLSAFE)


def hf(rng):
    return "hf_" + mixed(rng, 34, string.ascii_letters)


def groq(rng):
    return "gsk_" + mixed(rng, 52)


def openrouter(rng):
    return "sk-or-v1-" + hexs(rng, 64)


def deepseek(rng):
    return "sk-" + hexs(rng, 32)


def replicate(rng):
    return "r8_" + mixed(rng, 37)


def perplexity(rng):
    return "pplx-" + mixed(rng, 48)


def fireworks(rng):
    return "fw_" + mixed(rng, 24)


def cohere(rng):
    return mixed(rng, 40)


def mistral(rng):
    return mixed(rng, 32)


def together(rng):
    return hexs(rng, 64)


def xai(rng):
    return "xai-" + mixed(rng, 80)


def azure(rng):
    return hexs(rng, 32)


def pinecone(rng):
    return "pcsk_" + mixed(rng, 5) + "_" + mixed(rng, 64)


def langsmith(rng):
    return "lsv2_pt_" + hexs(rng, 32) + "_" + hexs(rng, 10)


def langfuse_secret(rng):
    return "sk-lf-" + uuid(rng)


def wandb(rng):
    return hexs(rng, 40)


def helicone(rng):
    return "sk-helicone-" + chars(rng, LOWER_ALNUM, 7) + "-" + chars(rng, LOWER_ALNUM, 7) + "-" + \
        chars(rng, LOWER_ALNUM, 7) + "-" + chars(rng, LOWER_ALNUM, 7)


def qdrant(rng):
    return mixed(rng, 32, URLSAFE)


def weaviate(rng):
    return mixed(rng, 40)


def aws_id(rng):
    return rng.choice(["AKIA", "ASIA"]) + chars(rng, string.ascii_uppercase + "234567", 16)


def aws_secret(rng):
    return mixed(rng, 40, ALNUM + "+/")


def github(rng):
    return rng.choice(["ghp_", "gho_", "ghs_"]) + mixed(rng, 36)


def github_pat(rng):
    return "github_pat_11" + chars(rng, string.ascii_uppercase + string.digits, 20) + "_" + mixed(rng, 59)


def slack_bot(rng):
    return "xoxb-" + chars(rng, string.digits, 12) + "-" + chars(rng, string.digits, 13) + "-" + mixed(rng, 24)


def slack_signing(rng):
    return hexs(rng, 32)


def discord(rng):
    return "MT" + mixed(rng, 24) + "." + mixed(rng, 6, URLSAFE) + "." + mixed(rng, 38, URLSAFE)


def telegram(rng):
    return str(rng.randint(1000000000, 7999999999)) + ":AA" + mixed(rng, 33, URLSAFE)


def whsec(rng):
    return "whsec_" + mixed(rng, 32)


def stripe(rng):
    return rng.choice(["sk_live_", "rk_live_"]) + mixed(rng, 99)


def sentry_dsn(rng):
    return "https://" + hexs(rng, 32) + "@o" + str(rng.randint(100000, 999999)) + ".ingest.sentry.io/" + \
        str(rng.randint(1000000, 9999999))


def password(rng, n=None):
    n = n or rng.randint(14, 26)
    return mixed(rng, n, ALNUM + "!#%*+-.=?@^_~")


def jwt(rng):
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return head + "." + "eyJ" + mixed(rng, rng.randint(90, 140), URLSAFE) + "." + mixed(rng, 43, URLSAFE)


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def pem_body(rng, lines=None):
    lines = lines or rng.randint(8, 14)
    body = ["MII" + mixed(rng, 61, ALNUM + "+/")]
    body += [mixed(rng, 64, ALNUM + "+/") for _ in range(lines - 1)]
    body.append(mixed(rng, rng.randint(20, 60), ALNUM + "+/") + "==")
    return "\n".join(body)


def sha(rng, n=40):
    return hexs(rng, n)


def ticket(rng):
    return rng.choice(["SUP", "BOT", "RAG", "EVAL", "ML", "PLAT", "AI"]) + "-" + str(rng.randint(100, 9999))


def pct(rng, lo=40.0, hi=99.5):
    return f"{rng.uniform(lo, hi):.1f}"


def day(rng):
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def clock(rng):
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
