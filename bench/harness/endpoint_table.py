"""Prints issue 15's side-by-side table from a JMH JSON result: ours, moto's server, the SDK client's floor, in-JVM."""
import json
import sys


def main(path):
    try:
        results = json.load(open(path))
    except (OSError, ValueError):
        return
    score = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[-1]
        m = r["primaryMetric"]
        if r["mode"] == "sample":
            score[name] = m["scorePercentiles"]["50.0"]
        else:
            score[name] = m["score"]
    if "describeInstancesOverHttp" not in score:
        return
    ours = score["describeInstancesOverHttp"]
    print("\nLocal endpoint (issue 15), one run:")
    print("  DescribeInstances, 10 instances, median ms (target <= 2):")
    for label, key in [("ec2-tutor over HTTP", "describeInstancesOverHttp"),
                       ("moto server", "describeInstancesMoto"),
                       ("SDK client floor (canned answer)", "describeInstancesClientFloor"),
                       ("in-JVM SimulatedEc2Client", "describeInstancesInJvm")]:
        if key in score:
            print(f"    {label:34s} {score[key]:8.3f}")
    if "describeInstancesMoto" in score:
        print(f"    moto / ec2-tutor                   {score['describeInstancesMoto'] / ours:8.2f}x")
    print("  1,000 RunInstances over HTTP, s (target <= 2):")
    for label, key in [("ec2-tutor", "runInstances1000OverHttp"), ("moto server", "runInstances1000Moto")]:
        if key in score:
            print(f"    {label:34s} {score[key] / 1000:8.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
