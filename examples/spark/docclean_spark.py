"""Clean a JSONL corpus with docclean on Apache Spark.

Reads JSONL from any path Spark reads (local, hdfs://, s3a://, gzip files too), ships the
docclean binary to every executor, pipes each partition through `docclean stream` and
writes the cleaned records as JSONL part files. docclean keeps one output line per input
line, so a partition comes back with exactly the records it went in with.

    spark-submit --master yarn --files target/release/docclean \\
        examples/spark/docclean_spark.py s3a://bucket/raw/*.jsonl.gz s3a://bucket/clean \\
        --binary target/release/docclean --partitions 400

The binary must be built for the executors' platform (x86_64 Linux, say).
"""

import argparse
import os
import stat
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL input: a file, folder or glob Spark can read")
    parser.add_argument("output", help="output folder for the cleaned JSONL part files")
    parser.add_argument("--binary", default="target/release/docclean",
                        help="docclean executable on the driver; shipped to the executors")
    parser.add_argument("--config", help="docclean TOML config, shipped along")
    parser.add_argument("--partitions", type=int,
                        help="repartition the input into this many tasks first")
    parser.add_argument("--threads", type=int, default=1,
                        help="docclean threads per task (Spark already runs tasks in parallel)")
    parser.add_argument("--gzip", action="store_true", help="write gzip-compressed part files")
    return parser.parse_args(argv)


def clean_partition(binary_name, config_name, threads):
    """A mapPartitions function: the partition's lines through one docclean process."""

    def run(lines):
        binary = SparkFiles.get(binary_name)
        # Files shipped with addFile may lose their executable bit on the way.
        mode = os.stat(binary).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        command = [binary, "stream", "--quiet", "-j", str(threads)]
        if config_name:
            command += ["--config", SparkFiles.get(config_name)]
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        failure = []

        def feed():
            # A separate thread writes, so a full stdout pipe never blocks the writer.
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8"))
                    process.stdin.write(b"\n")
            except Exception as error:  # noqa: BLE001 - re-raised in the task below
                failure.append(error)
            finally:
                try:
                    process.stdin.close()
                except OSError:
                    pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        for out in process.stdout:
            yield out.decode("utf-8").rstrip("\n")
        feeder.join()
        code = process.wait()
        if failure:
            raise RuntimeError(f"feeding docclean failed: {failure[0]}")
        if code != 0:
            raise RuntimeError(f"docclean stream exited with code {code}")

    return run


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("docclean").getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("ERROR")
    context.addFile(os.path.abspath(args.binary))
    config_name = None
    if args.config:
        context.addFile(os.path.abspath(args.config))
        config_name = os.path.basename(args.config)
    lines = context.textFile(args.input).filter(lambda line: line.strip() != "")
    if args.partitions:
        lines = lines.repartition(args.partitions)
    cleaned = lines.mapPartitions(
        clean_partition(os.path.basename(args.binary), config_name, args.threads))
    codec = "org.apache.hadoop.io.compress.GzipCodec" if args.gzip else None
    cleaned.saveAsTextFile(args.output, compressionCodecClass=codec)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
