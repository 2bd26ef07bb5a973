# ec2-tutor: `make run` and `make test` are the two commands; the rest helps developers.
MVN ?= mvn -B -ntp
SHELL := /bin/bash

.PHONY: build run test test-tmux fuzz sandbox-deps test-jupyter jupyter-deps test-interop interop-deps unit format bench \
  bench-kernel bench-grade clean

# The launcher reads app/target/classpath.txt; rebuild when any source, resource or pom changed.
STAMP := app/target/classpath.txt
SOURCES := $(shell find sdk-models agent engine repl kernel app lessons templates -type f -not -path '*/target/*' 2>/dev/null) pom.xml

# Maven's module lines show progress; errors and the summary pass through too.
$(STAMP): $(SOURCES)
	@echo "Building ec2-tutor with Maven (the first build fetches dependencies and takes a minute or two)..."
	@set -o pipefail; $(MVN) -DskipTests install \
	  | grep --line-buffered -E '^\[INFO\] Building ec2-tutor|BUILD|ERROR|Total time' | sed -u -e 's/\x1b\[[0-9;]*m//g' -e 's/^\[INFO\] /  /'
	@touch $(STAMP)

# Class-data sharing archive (build output, used by bin/ec2-tutor when valid): the classes a short scripted session
# loads (an aws line, a lesson check, Java cells), so later starts map them instead of loading them from the jars.
CDS := app/target/ec2-tutor.jsa
CDS_TRAINING := app/src/cds/training.cells

# The jars too: mvn verify (make test) rewrites them, and the JVM refuses an archive older than its jars.
CDS_JARS = $(wildcard sdk-models/target/*.jar engine/target/*.jar repl/target/*.jar kernel/target/*.jar app/target/ec2-tutor-app-*.jar)

$(CDS): $(STAMP) $(CDS_TRAINING) $(CDS_JARS)
	@echo "Recording the classes a session uses, so later starts are quick (a few seconds)..."
	@rm -f $@ $@.jdk $@.tmp; log=$$(mktemp); \
	  if EC2_TUTOR_ARCHIVE_AT_EXIT=$(CURDIR)/$@.tmp bin/ec2-tutor run $(CDS_TRAINING) >$$log 2>&1 && [ -s $@.tmp ]; \
	  then mv $@.tmp $@ && readlink -f "$$(command -v java)" > $@.jdk; \
	  else echo "  no archive (ec2-tutor starts slower but works):"; tail -n 5 $$log; rm -f $@.tmp; fi; rm -f $$log

# The agent's archive (build output too): the classes an agent JVM loads while a Java submission is graded (JShell's
# remote side, the SDK's client, request and waiter path), recorded by grading the custom-ami lesson's Java solution.
AGENT_CDS := app/target/agent.jsa

$(AGENT_CDS): $(STAMP) $(CDS_JARS) $(wildcard agent/target/*.jar)
	@echo "Recording the classes a Java agent uses (a few seconds)..."
	@rm -f $@ $@.jdk $@.tmp; log=$$(mktemp); \
	  if EC2_TUTOR_AGENT_ARCHIVE_AT_EXIT=$(CURDIR)/$@.tmp bin/ec2-tutor grade --unsandboxed --lesson custom-ami \
	    lessons/custom-ami/solution-java.cells >$$log 2>&1 && [ -s $@.tmp ]; \
	  then mv $@.tmp $@ && readlink -f "$$(command -v java)" > $@.jdk; \
	  else echo "  no agent archive (Java cells start slower but work):"; tail -n 5 $$log; rm -f $@.tmp; fi; rm -f $$log

build: $(STAMP) $(CDS) $(AGENT_CDS)

run: build
	@bin/ec2-tutor

# bubblewrap sandboxes graded Java (Debian's package, installed if missing and apt-get may run). Without it `make
# test` still passes: the sandbox tests are skipped with the reason, and `grade` refuses Java unless --unsandboxed.
sandbox-deps:
	@if [ ! -x /usr/bin/bwrap ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
	    bubblewrap >/dev/null || echo "  bubblewrap not installed: sandbox tests will be skipped"; \
	  else echo "  bubblewrap missing (apt-get install bubblewrap): sandbox tests will be skipped"; fi; fi

test: sandbox-deps
	$(MVN) verify
	repl/src/test/tmux/save-resume.sh

# The REPL in tmux: lesson steps, quit, start again, a changed file, grading the saved session (skipped without tmux).
test-tmux: $(STAMP)
	repl/src/test/tmux/save-resume.sh

# The fuzz run of issue 21, longer than the few seconds `make test` gives it: random cells of every kind against one
# session (no leaked Java names, no hang, the session still answers), then 400 MB frames to every kernel port and
# random frames and messages (unsigned, forged, signed with random content) against the kernel, which must answer
# kernel_info within a second throughout. FUZZ_SECONDS is the whole run: three quarters for the session, a quarter for
# the kernel. A failure prints the seed: FUZZ_SEED=N reruns it. Built in the reactor (no install into ~/.m2).
FUZZ_SECONDS ?= 600
fuzz:
	$(MVN) -pl engine,kernel -am test -Dtest='SessionFuzzTest,KernelWireTest#oversized*' \
	  -Dfuzz.seconds=$$(( $(FUZZ_SECONDS) * 3 / 4 )) -Dfuzz.kernel.seconds=$$(( $(FUZZ_SECONDS) / 4 )) \
	  $(if $(FUZZ_SEED),-Dfuzz.seed=$(FUZZ_SEED)) -Dsurefire.failIfNoSpecifiedTests=false

# Jupyter's own clients and kernel test suite against the kernel (Debian's packages, installed if missing).
# The browser test drives the classic Notebook in headless Chromium through Selenium.
JUPYTER_DEBS := python3-jupyter-client jupyter-console python3-nbclient python3-jupyter-kernel-test python3-nbconvert \
  python3-ipykernel jupyter-notebook chromium chromium-driver python3-selenium

jupyter-deps:
	@if ! /usr/bin/python3 -c 'import jupyter_client, nbclient, nbconvert, jupyter_kernel_test, ipykernel, notebook, selenium' 2>/dev/null \
	  || ! command -v jupyter-console >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(JUPYTER_DEBS) >/dev/null; fi

test-jupyter: $(STAMP) jupyter-deps
	kernel/src/test/jupyter/run.sh

# The real AWS CLI v2 and boto3 (Debian's, installed if missing) against `ec2-tutor serve`.
interop-deps:
	@if [ ! -x /usr/bin/aws ] || ! /usr/bin/python3 -c 'import boto3' 2>/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
	  awscli python3-boto3 >/dev/null; fi

test-interop: $(STAMP) interop-deps
	app/src/test/interop/run.sh

# Formats every Java file as `make test` checks it (palantir-java-format through Spotless).
format:
	$(MVN) -q spotless:apply

# The inner loop: engine tests only.
unit:
	$(MVN) -pl engine test

# JMH benchmarks (EndpointBenchmarks start moto's server, `python3 -m moto.server`, as the anchor), the endpoint's
# table of ratios, then what a start costs (classes loaded, CPU), the REPL timed through a pseudo-terminal and the
# kernel against ipykernel. Choose JMH benchmarks or pass options with BENCH='CloudBenchmarks.describe.* -i 3' (the
# harnesses then are skipped). The harnesses hold the build lock while they time.
bench: build
	$(MVN) -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main $(or $(BENCH),.) \
	  -rf json -rff bench/target/jmh-result.json
	python3 bench/harness/endpoint_table.py bench/target/jmh-result.json
	$(if $(BENCH),,python3 bench/harness/start_bench.py)
	$(if $(BENCH),,python3 bench/harness/repl_bench.py)
	$(if $(BENCH),,python3 bench/harness/grade_bench.py)
	$(if $(BENCH),,$(MAKE) -s bench-kernel)

# The kernel and ipykernel timed through jupyter_client, interleaved (KERNEL_BENCH_ROUNDS, default 3), from a
# kernelspec installed in a temporary prefix; prints issue 14's table of ratios.
bench-kernel: build jupyter-deps
	@prefix=$$(mktemp -d); bin/ec2-tutor kernel install --prefix $$prefix >/dev/null; \
	  JUPYTER_PATH=$$prefix/share/jupyter EC2_TUTOR_HOME=$$prefix /usr/bin/python3 -W ignore \
	  bench/harness/kernel_bench.py; rm -rf $$prefix

# Grading throughput: Java submissions (a sandboxed agent each) and aws-line submissions, alternating, in one run.
bench-grade: build sandbox-deps
	python3 bench/harness/grade_bench.py

clean:
	$(MVN) -q clean
