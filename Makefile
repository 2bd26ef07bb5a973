# ec2-tutor: `make run` and `make test` are the two commands; the rest helps developers.
MVN ?= mvn -B -ntp

.PHONY: build run test test-jupyter jupyter-deps test-interop interop-deps unit bench bench-kernel clean

# The launcher reads app/target/classpath.txt; rebuild when any source, resource or pom changed.
STAMP := app/target/classpath.txt
SOURCES := $(shell find engine repl kernel app lessons templates -type f -not -path '*/target/*' 2>/dev/null) pom.xml

$(STAMP): $(SOURCES)
	$(MVN) -q -DskipTests install
	@touch $(STAMP)

build: $(STAMP)

run: $(STAMP)
	@bin/ec2-tutor

test:
	$(MVN) verify

# Jupyter's own clients and kernel test suite against the kernel (Debian's packages, installed if missing).
JUPYTER_DEBS := python3-jupyter-client jupyter-console python3-nbclient python3-jupyter-kernel-test python3-nbconvert

jupyter-deps:
	@if ! /usr/bin/python3 -c 'import jupyter_client, nbclient, nbconvert, jupyter_kernel_test' 2>/dev/null \
	  || ! command -v jupyter-console >/dev/null; then \
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

# The inner loop: engine tests only.
unit:
	$(MVN) -pl engine test

# JMH benchmarks, then the REPL timed through a pseudo-terminal. Choose JMH benchmarks or pass options with
# BENCH='CloudBenchmarks.describe.* -i 3' (the REPL harness then is skipped).
bench: $(STAMP)
	$(MVN) -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main $(or $(BENCH),.)
	$(if $(BENCH),,python3 bench/harness/repl_bench.py)
	$(if $(BENCH),,$(MAKE) -s bench-kernel)

# The kernel timed through jupyter_client, from a kernelspec installed in a temporary prefix.
bench-kernel: $(STAMP) jupyter-deps
	@prefix=$$(mktemp -d); bin/ec2-tutor kernel install --prefix $$prefix >/dev/null; \
	  JUPYTER_PATH=$$prefix/share/jupyter EC2_TUTOR_HOME=$$prefix /usr/bin/python3 -W ignore \
	  bench/harness/kernel_bench.py; rm -rf $$prefix

clean:
	$(MVN) -q clean
