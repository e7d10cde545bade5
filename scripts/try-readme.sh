#!/usr/bin/env bash
# Follows the README as a newcomer would (CI, after npm test): clones the repository into a temporary folder, runs
# the quick start's install command and `npm start`, then the "Try it:" block step by step, checking each answer:
# the department PUT is 200/201, the registration 201 with an id, the filings list shows the case, and the filing
# notice (institution) and the handoff notice (department) reach the mail catcher in Chinese with the due date 15
# days ahead (or the working day it moved to). Everything it started is stopped and its databases dropped.
#
# Ports, databases and queues are its own, so it never touches a running Tuoyu or the test databases:
#   TRY_README_PORT_BASE (4700: admin 4700, registration 4701, filing 4702, evaluation 4703, notification 4704),
#   TRY_README_MAIL_PORT (4710: web; SMTP on +1), TRY_README_DATABASE_PREFIX (tuoyu_try_readme).
# The README's own ports (3000-3004, 1080) are rewritten to these in the commands it runs; nothing else changes.
set -euo pipefail

SOURCE=$(cd "$(dirname "$0")/.." && pwd)
BASE=${TRY_README_PORT_BASE:-4700}
MAIL_WEB=${TRY_README_MAIL_PORT:-4710}
MAIL_SMTP=$((MAIL_WEB + 1))
PREFIX=${TRY_README_DATABASE_PREFIX:-tuoyu_try_readme}
WORK=$(mktemp -d -t tuoyu-try-readme.XXXXXX)
START_PID=
STARTED=$SECONDS

say() { printf '[try-readme %3ds] %s\n' $((SECONDS - STARTED)) "$*"; }
fail() {
  say "FAILED: $*"
  [ -f "$WORK/start.log" ] && { echo '--- last lines of npm start ---'; tail -n 40 "$WORK/start.log"; }
  exit 1
}

cleanup() {
  local status=$?
  # npm start runs in its own process group (setsid): stop the group, services and mail catcher with it.
  if [ -n "$START_PID" ] && kill -0 "$START_PID" 2>/dev/null; then
    kill -TERM -- "-$START_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$START_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$START_PID" 2>/dev/null || true
  fi
  for service in registration filing evaluation notification admin; do
    psql -h 127.0.0.1 -U postgres -qAtc "drop database if exists \"${PREFIX}_${service}\" with (force)" postgres \
      >/dev/null 2>&1 || true
  done
  # The services' queues and markers under this run's queue prefix.
  if command -v redis-cli >/dev/null; then
    redis-cli -h 127.0.0.1 --scan --pattern "try-readme-$$:*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  say "cleaned up (exit $status)"
}
trap cleanup EXIT

say "cloning $SOURCE into $WORK"
git clone -q "$SOURCE" "$WORK/tuoyu"
cd "$WORK/tuoyu"

# The quick start's first command line, "npm install && npm start  # …": install, then start.
QUICK=$(awk '/^## Quick start/{q=1} q&&/^```bash/{b=1;next} b&&/^```/{exit} b' README.md | head -n 1 | sed 's/#.*//')
INSTALL=$(sed 's/&&.*//' <<<"$QUICK" | xargs)
START=$(sed 's/.*&&//' <<<"$QUICK" | xargs)
[ "$INSTALL" = 'npm install' ] && [ "$START" = 'npm start' ] || fail "unexpected quick start line: $QUICK"

say "$INSTALL (the npm cache is warm after CI's own install)"
npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false $INSTALL >"$WORK/install.log" 2>&1 ||
  { tail -n 30 "$WORK/install.log"; fail "$INSTALL"; }

# npm start builds what changed: CI's own `npm run build` of this very commit ran minutes ago, so its dist/ is
# reused (made current first, a no-op in CI) and the budget goes to following the README, not compiling twice.
# TRY_README_BUILD=1 builds in the clone instead, as a newcomer's first npm start does (about 10 minutes on 2 cores).
if [ "${TRY_README_BUILD:-0}" != 1 ]; then
  say "reusing the checkout's build (dist/), brought up to date first"
  (cd "$SOURCE" && node scripts/build-changed.js && node scripts/cli.js token --role admin) >"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log"; fail 'the checkout does not build'; }
  cp -a "$SOURCE/dist" .
  # Newer than the clone's sources, so build-changed and the CLI see the build as current.
  find dist -exec touch {} +
fi

say "$START (ports $BASE-$((BASE + 4)), mail $MAIL_WEB, databases ${PREFIX}_*)"
export PORT_ADMIN=$BASE PORT_REGISTRATION=$((BASE + 1)) PORT_FILING=$((BASE + 2)) PORT_EVALUATION=$((BASE + 3))
export PORT_NOTIFICATION=$((BASE + 4)) DEV_MAIL_WEB_PORT=$MAIL_WEB DEV_MAIL_SMTP_PORT=$MAIL_SMTP
export PUBLIC_BASE_URL="http://127.0.0.1:$BASE" DATABASE_PREFIX=$PREFIX QUEUE_PREFIX="try-readme-$$" LOG_FORMAT=json
unset SMTP_URL
setsid bash -c "exec $START" >"$WORK/start.log" 2>&1 &
START_PID=$!
for _ in $(seq 1 600); do
  grep -q 'Tuoyu is up and healthy' "$WORK/start.log" && break
  grep -q 'not healthy after' "$WORK/start.log" && fail "$START: a service did not become healthy"
  kill -0 "$START_PID" 2>/dev/null || fail "$START exited"
  sleep 1
done
grep -q 'Tuoyu is up and healthy' "$WORK/start.log" || fail "$START: not healthy after 10 minutes"
say "healthy"

# The "Try it:" block, with the README's ports mapped to this run's.
BLOCK=$(awk '/^Try it:/{t=1} t&&/^```bash/{b=1;next} b&&/^```/{exit} b' README.md | grep -v '^\s*#' |
  sed -e "s/127\.0\.0\.1:3000/127.0.0.1:$BASE/g" -e "s/127\.0\.0\.1:3001/127.0.0.1:$((BASE + 1))/g" \
    -e "s/127\.0\.0\.1:3002/127.0.0.1:$((BASE + 2))/g" -e "s/127\.0\.0\.1:3003/127.0.0.1:$((BASE + 3))/g" \
    -e "s/127\.0\.0\.1:3004/127.0.0.1:$((BASE + 4))/g" -e "s/127\.0\.0\.1:1080/127.0.0.1:$MAIL_WEB/g")
[ -n "$BLOCK" ] || fail 'no bash block after "Try it:" in README.md'

# Split into whole commands: lines accumulate until bash parses them (multi-line quotes and \ continuations).
STEPS=()
step=
while IFS= read -r line; do
  step+="$line"$'\n'
  if [[ $line != *\\ ]] && bash -n <<<"$step" 2>/dev/null && [ -n "$(tr -d '[:space:]' <<<"$step")" ]; then
    STEPS+=("$step")
    step=
  fi
done <<<"$BLOCK"
[ -z "$(tr -d '[:space:]' <<<"$step")" ] || fail "unfinished command at the end of the Try it block: $step"

# Each curl answer ends with its status line, so a step's status can be checked without changing its command.
curl() { command curl -w '\n%{http_code}\n' "$@"; }
status_of() { tail -n 1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval(process.argv[1]))})' "$1"; }

USCC=
DUE=
for i in "${!STEPS[@]}"; do
  command=${STEPS[$i]}
  summary=$(head -n 1 <<<"$command" | cut -c 1-110)
  case "$command" in
    TOKEN=*)
      eval "$command"
      [ "$(tr -cd . <<<"$TOKEN")" = '..' ] || fail "step $((i + 1)) did not set a bearer token: $summary"
      say "step $((i + 1)) ok: a bearer token"
      ;;
    *'-X PUT'*'/departments/'*)
      answer=$(eval "$command" || true)
      [[ $(status_of "$answer") =~ ^20[01]$ ]] || fail "step $((i + 1)) answered $(status_of "$answer"): $answer"
      say "step $((i + 1)) ok: department $(status_of "$answer")"
      ;;
    *'-X POST'*'/registrations'*)
      answer=$(eval "$command" || true)
      [ "$(status_of "$answer")" = 201 ] || fail "step $((i + 1)) answered $(status_of "$answer"): $answer"
      id=$(body_of "$answer" | json 'v.id')
      USCC=$(body_of "$answer" | json 'v.uscc')
      [ -n "$id" ] && [ "$id" != undefined ] || fail "step $((i + 1)): the registration has no id: $answer"
      say "step $((i + 1)) ok: registration 201, id $id"
      ;;
    *'/filings?uscc='*)
      # The case opens when the handoff has crossed the queue: the README's "then" allows it a moment.
      for _ in $(seq 1 60); do
        answer=$(eval "$command" || true)
        [ "$(status_of "$answer")" = 200 ] && [ "$(body_of "$answer" | json "JSON.stringify(v).includes('$USCC')")" = true ] &&
          break
        sleep 1
      done
      [ "$(status_of "$answer")" = 200 ] || fail "step $((i + 1)) answered $(status_of "$answer"): $answer"
      [ "$(body_of "$answer" | json "JSON.stringify(v).includes('$USCC')")" = true ] ||
        fail "step $((i + 1)): the filings list does not show $USCC: $answer"
      DUE=$(body_of "$answer" | json 'JSON.stringify(v).match(/"dueOn":"([0-9-]+)"/)?.[1]')
      say "step $((i + 1)) ok: the filings list shows the case, due $DUE"
      ;;
    *) fail "step $((i + 1)) is one this script does not know how to check; teach it: $summary" ;;
  esac
done
[ -n "$USCC" ] || fail 'the Try it block registered no institution'

# The two notices at the mail catcher (maildev's API), in Chinese, naming the due date 15 days ahead.
# 15 days after today (China time), or the first working day after, when that day is a rest day (民法典 §203).
RAW=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%F) +15 days" +%F)
LATEST=$(TZ=Asia/Shanghai date -d "$RAW +10 days" +%F)
[[ $DUE =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "the case shows no due date"
[[ ! $DUE < $RAW && ! $DUE > $LATEST ]] || fail "the case is due $DUE, not 15 days ahead ($RAW, or the working day after)"
for _ in $(seq 1 60); do
  mails=$(command curl -s "http://127.0.0.1:$MAIL_WEB/email")
  [ "$(json 'v.length' <<<"$mails")" -ge 2 ] 2>/dev/null && break
  sleep 1
done
check_mail() {
  local to=$1 what=$2 must=$3
  json "(() => {
    const m = v.find((e) => e.to.some((t) => t.address === '$to'));
    if (!m) return 'no ' + '$what' + ' to $to';
    const text = m.subject + '\n' + m.text;
    if (!text.includes('$must')) return '$what lacks $must';
    if (!text.includes('$DUE')) return '$what does not name the due date $DUE';
    // Chinese: no run of two English words once links, addresses and codes are taken out.
    const english = text.replace(/https?:\/\/\S+/g, '').replace(/[\w.+-]+@[\w.-]+/g, '').match(/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/);
    return english ? '$what is not in Chinese: ' + english[0] : 'ok';
  })()" <<<"$mails"
}
verdict=$(check_mail office@example.cn 'the filing notice' '备案')
[ "$verdict" = ok ] || fail "$verdict"
say "filing notice ok: in Chinese, due $DUE"
verdict=$(check_mail wjw@yanjiang.example.cn 'the handoff notice' "$USCC")
[ "$verdict" = ok ] || fail "$verdict"
say "handoff notice ok: in Chinese, filing due $DUE"
say "the README works as written (${#STEPS[@]} Try it steps) in $((SECONDS - STARTED)) s"
