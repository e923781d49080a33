#!/usr/bin/env bash
# The import rules of docs/architecture.md, checked: each target's Swift files may import
# only the modules its row below allows, and every folder under Sources/ is named in the
# folder tree of docs/architecture.md. Reads files as text; builds nothing.
#
# Prints one line per problem and "N passed, N failed"; exits non-zero when a check fails.
set -u
cd "$(dirname "$0")/../.." || exit 2

# target folder | modules its files may import (keep in step with docs/architecture.md)
rules=(
  "Sources/LeaklineModel|Foundation Glibc Synchronization"
  "Sources/_LeaklineSynthetic|Foundation LeaklineModel"
  "Sources/LeaklineUI|Foundation Synchronization LeaklineModel"
  "Sources/LeaklineCurses|Glibc Synchronization CNcursesw LeaklineUI LeaklineModel"
  "Sources/LeaklineTeam|Foundation Glibc CLibpq LeaklineModel"
  "Sources/leakline|Foundation Glibc ArgumentParser LeaklineArticle LeaklineModel LeaklineUI LeaklineCurses LeaklineTeam"
  "Sources/leakline-bench|Foundation Glibc Synchronization LeaklineModel LeaklineUI _LeaklineSynthetic"
  "Resources|Foundation"
  "Tests/LeaklineModelTests|Foundation Glibc Synchronization Testing LeaklineModel LeaklineArticle _LeaklineSynthetic"
  "Tests/LeaklineUITests|Foundation Glibc Synchronization Testing LeaklineModel LeaklineUI LeaklineArticle _LeaklineSynthetic"
  "Tests/LeaklineCLITests|Foundation Glibc Testing LeaklineModel"
  "Tests/LeaklineCursesTests|Foundation Testing LeaklineCurses"
  "Tests/LeaklineTeamTests|Foundation Testing LeaklineModel LeaklineTeam"
)

passed=0
failed=0
checked_targets=""
for rule in "${rules[@]}"; do
  folder=${rule%%|*}
  allowed=" ${rule#*|} "
  checked_targets+=" $folder "
  bad=0
  while IFS= read -r hit; do
    [ -n "$hit" ] || continue
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    module=$(sed -E 's/^[^:]*:[0-9]+:[[:space:]]*(@testable[[:space:]]+)?(@_implementationOnly[[:space:]]+)?import[[:space:]]+(struct |class |enum |func |protocol |typealias |var |let )?([A-Za-z_][A-Za-z0-9_]*).*/\4/' <<<"$hit")
    if [[ "$allowed" != *" $module "* ]]; then
      echo "FAIL $file:$line imports $module, which $folder may not import (allowed:$allowed)."
      echo "     Pass what it needs through a layer it may import, or change the rule in"
      echo "     docs/architecture.md, Package.swift and this script together."
      bad=1
    fi
  done < <(grep -rnE '^[[:space:]]*(@testable[[:space:]]+)?(@_implementationOnly[[:space:]]+)?import[[:space:]]' "$folder" --include='*.swift' 2>/dev/null)
  if [ "$bad" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

# Every Swift target has a rule: a new target gets a row here and in docs/architecture.md.
for dir in Sources/*/ Tests/*Tests/; do
  dir=${dir%/}
  ls "$dir"/*.swift "$dir"/*/*.swift >/dev/null 2>&1 || continue
  if [[ "$checked_targets" != *" $dir "* ]]; then
    echo "FAIL $dir has Swift files but no import rule in $0"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done

# Every folder under Sources/ appears in the folder tree of docs/architecture.md.
tree=$(awk '/^<!-- folder tree -->/{on=1; next} /^<!-- end folder tree -->/{on=0} on' docs/architecture.md)
if [ -z "$tree" ]; then
  echo "FAIL docs/architecture.md has no folder tree between <!-- folder tree --> and <!-- end folder tree -->"
  failed=$((failed + 1))
else
  while IFS= read -r dir; do
    name=$(basename "$dir")/
    if grep -qF -- "$name" <<<"$tree"; then
      passed=$((passed + 1))
    else
      echo "FAIL $dir/ is not in the folder tree of docs/architecture.md; add a line saying what it holds"
      failed=$((failed + 1))
    fi
  done < <(find Sources -mindepth 1 -type d ! -name include | sort)
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
