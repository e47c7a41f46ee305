"""PySpark through `extract --stdin-jsonl`: the README's example, run for real by tests/pyspark.rs.

Usage: python tests/pyspark_pipe.py EXTRACT_BINARY ARTICLES.jsonl

Reads JSON lines {"id", "text"|"html", "published"?} with sc.textFile, pipes every partition
through the extract binary (rdd.pipe), and prints the records it got back, one per line, in the
order of the input (collect() keeps partition order; extract keeps line order within one).
Spark runs in local mode with two worker threads, bound to the loopback interface.
"""

import json
import os
import shlex
import sys

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
# The Python workers run the same interpreter (the virtual environment) as this driver.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

from pyspark import SparkConf, SparkContext  # noqa: E402


def main() -> int:
    extract, articles = sys.argv[1], sys.argv[2]
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("sportfacts")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.bindAddress", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # rdd.pipe runs the command with an empty environment: give extract's absolute path.
        command = f"{shlex.quote(os.path.abspath(extract))} --stdin-jsonl --quiet"
        records = (
            sc.textFile(articles, minPartitions=2)
            .pipe(command)
            .map(json.loads)
            .cache()
        )
        for record in records.collect():
            print(json.dumps(record, ensure_ascii=False))
        # The README's follow-up: articles per number of entities, errors by kind.
        facts = records.filter(lambda r: "error" not in r)
        errors = records.filter(lambda r: "error" in r).map(lambda r: r["error"]["kind"])
        print(
            f"pyspark: {facts.count()} records, errors {sorted(errors.countByValue().items())}",
            file=sys.stderr,
        )
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
