#!/bin/sh
# Runs `npm start` and then `npm run check:outside` against it, both inside one private network
# namespace (ports never clash with other runs on a shared machine), and stops the stack after:
#   unshare -rn sh scripts/outside-in-namespace.sh      (or as root: unshare -n sh ...)
# Output: .local/outside-start.log (npm start) and the check's lines on stdout.
set -u
cd "$(dirname "$0")/.."
ip link set lo up
mkdir -p .local
rm -f .local/stack.json
setsid npm start > .local/outside-start.log 2>&1 &
START=$!
i=0
while [ ! -s .local/stack.json ]; do
  i=$((i + 1))
  if [ $i -gt 600 ] || ! kill -0 $START 2>/dev/null; then
    echo "npm start did not become ready; see .local/outside-start.log"; tail -30 .local/outside-start.log
    kill -TERM -- -$START 2>/dev/null; exit 1
  fi
  sleep 1
done
sed -n '/^Ready in/,/Press Ctrl-C/p' .local/outside-start.log
npm run -s check:outside -- "$@"
RC=$?
kill -TERM -- -$START 2>/dev/null
i=0
while kill -0 $START 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i + 1)); done
kill -KILL -- -$START 2>/dev/null
exit $RC
