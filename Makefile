# ec2-tutor: `make run` and `make test` are the two commands; the rest helps developers.
MVN ?= mvn -B -ntp

.PHONY: build run test unit bench clean

build:
	$(MVN) -q -DskipTests install

run:
	@echo "The REPL is not built yet (it arrives with the session/REPL issue). Try: make test, or see README.md." >&2
	@exit 2

test:
	$(MVN) verify

# The inner loop: engine tests only.
unit:
	$(MVN) -pl engine test

# JMH benchmarks; choose some or pass JMH options with BENCH='CloudBenchmarks.describe.* -i 3'.
bench:
	$(MVN) -q -DskipTests install
	$(MVN) -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main $(or $(BENCH),.)

clean:
	$(MVN) -q clean
