# Sourced by scripts: makes sure PostgreSQL, RabbitMQ and Redis answer, starting the installed ones when
# they are stopped. Honours DATABASE_URL / AMQP_URL when set (then nothing is started here).
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_port() { # host port seconds
  for _ in $(seq 1 "$(( $3 * 5 ))"); do port_open "$1" "$2" && return 0; sleep 0.2; done
  return 1
}

ensure_postgres() {
  [ -n "${DATABASE_URL:-}" ] && return 0
  port_open 127.0.0.1 5432 && return 0
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "infra: starting the local PostgreSQL" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start >&2 || true
    wait_port 127.0.0.1 5432 30 && return 0
  fi
  return 1
}

ensure_rabbitmq() {
  [ -n "${AMQP_URL:-}" ] && return 0
  port_open 127.0.0.1 5672 && return 0
  if command -v rabbitmq-server >/dev/null 2>&1; then
    echo "infra: starting the local RabbitMQ" >&2
    rabbitmq-server -detached >&2 || true
    wait_port 127.0.0.1 5672 90 && { rabbitmqctl await_startup >/dev/null 2>&1 || true; return 0; }
  fi
  return 1
}

ensure_redis() {
  [ -n "${REDIS_URL:-}" ] && return 0
  port_open 127.0.0.1 6379 && return 0
  if command -v redis-server >/dev/null 2>&1; then
    echo "infra: starting the local Redis" >&2
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >&2 || true
    wait_port 127.0.0.1 6379 30 && return 0
  fi
  return 1
}

redis_help() {
  cat >&2 <<'MSG'
Redis is needed (the gateway keeps Idempotency-Key answers in it) and none answers on 127.0.0.1:6379. Either:
  - Debian/Ubuntu: apt-get update && apt-get install -y redis-server && redis-server --daemonize yes
  - or point REDIS_URL at one: REDIS_URL=redis://host:6379 scripts/up
MSG
}

rabbitmq_help() {
  cat >&2 <<'MSG'
RabbitMQ is needed and none answers on 127.0.0.1:5672. Either:
  - Debian/Ubuntu: apt-get update && apt-get install -y rabbitmq-server && rabbitmq-server -detached
  - or point AMQP_URL at a broker: AMQP_URL=amqp://user:pass@host:5672 scripts/up
  - or with Docker: docker run -d -p 5672:5672 rabbitmq:3.13-management
MSG
}

# The browser tests drive Debian's Chromium (never a tool's own browser download).
# Chromium, and a font with the taka sign (U+09F3), which the default fonts lack: BDT amounts would
# show as an empty box in the screenshots.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && fc-list ':charset=9f3' family 2>/dev/null | grep -q . && return 0
  command -v apt-get >/dev/null 2>&1 || return 1
  echo "infra: installing Debian's chromium (and a Bengali font) for the browser tests" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-beng-extra; } >/dev/null 2>&1 || return 1
  [ -x /usr/bin/chromium ]
}
