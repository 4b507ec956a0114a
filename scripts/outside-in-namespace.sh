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
# Stop the stack as Ctrl-C does (start.mjs ends the emulators' own process group and the stand-in),
# then anything of this checkout that is still running (the emulators run detached, in their own group).
kill -INT -- -$START 2>/dev/null
i=0
while kill -0 $START 2>/dev/null && [ $i -lt 90 ]; do sleep 1; i=$((i + 1)); done
ROOT=$(pwd)
LEFT=$(ps -eo pid=,args= | awk -v root="$ROOT/" 'index($0, root) && $1 != "'$$'" {print $1}')
[ -n "$LEFT" ] && kill -TERM $LEFT 2>/dev/null && sleep 5
LEFT=$(ps -eo pid=,args= | awk -v root="$ROOT/" 'index($0, root) && $1 != "'$$'" {print $1}')
[ -n "$LEFT" ] && kill -KILL $LEFT 2>/dev/null
exit $RC
