"""A stand-in for PySpark's SparkContext.parallelize(...).pipe(...).saveAsTextFile(...), standard library only.

It reproduces what matters to the README's Spark recipe, as pyspark/rdd.py implements RDD.pipe: each
partition's elements are written to the command's stdin one per line; the command is started with
Popen(shlex.split(command), env=env) where env is an EMPTY dict unless given; its exit code is ignored
unless checkCode=True; its stdout lines are the partition's output. saveAsTextFile writes one part file per
partition (part-00000, ...), each line ended by a newline. (The real Spark could not be installed here.)
"""

import os
import shlex
import threading
from subprocess import PIPE, Popen


class RDD:
    def __init__(self, partitions):
        self.partitions = partitions

    def pipe(self, command, env=None, checkCode=False):
        if env is None:
            env = dict()

        def run(partition):
            process = Popen(shlex.split(command), env=env, stdin=PIPE, stdout=PIPE)

            def feed():
                for element in partition:
                    process.stdin.write((str(element).rstrip("\n") + "\n").encode("utf-8"))
                process.stdin.close()

            threading.Thread(target=feed).start()
            lines = [line.rstrip(b"\n").decode("utf-8") for line in iter(process.stdout.readline, b"")]
            process.wait()
            if checkCode and process.returncode:
                raise RuntimeError(f"Pipe function `{command}' exited with error code {process.returncode}")
            return lines

        return RDD([run(p) for p in self.partitions])

    def saveAsTextFile(self, path):
        os.makedirs(path)
        for i, partition in enumerate(self.partitions):
            with open(os.path.join(path, f"part-{i:05d}"), "w", encoding="utf-8") as out:
                for line in partition:
                    out.write(line + "\n")


class SparkContext:
    def parallelize(self, data, numSlices):
        data = list(data)
        size = len(data) / numSlices
        return RDD([data[round(i * size) : round((i + 1) * size)] for i in range(numSlices)])


sc = SparkContext()
