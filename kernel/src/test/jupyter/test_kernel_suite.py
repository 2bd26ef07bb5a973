"""Jupyter's own kernel test suite (Debian python3-jupyter-kernel-test) against the installed ec2-tutor kernelspec.
Run by `make test-jupyter` with JUPYTER_PATH pointing at a temporary kernelspec install."""
import unittest

import jupyter_kernel_test


class Ec2TutorKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "ec2-tutor"
    language_name = "java"
    file_extension = ".jsh"

    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("warning")'
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": '"EC2".toLowerCase()', "result": '"ec2"'},
    ]
    code_display_data = [
        {"code": "%state", "mime": "text/plain"},
        {"code": "%state", "mime": "text/html"},
    ]
    code_generate_error = "aws ec2 start-instances --instance-ids i-00000000000000000"
    completion_samples = [
        {"text": "aws ec2 describe-ins", "matches": {"describe-instance-attribute", "describe-instance-credit-specifications",
                                                    "describe-instance-status",
                                                    "describe-instance-type-offerings", "describe-instance-types",
                                                    "describe-instances"}},
        {"text": "%adv", "matches": {"%advance"}},
    ]
    complete_code_samples = ["1 + 1", "aws ec2 describe-instances", "%state", "int x = 5;"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "aws ec2 run-instances \\"]
    invalid_code_samples = []
    code_inspect_sample = "aws ec2 run-instances"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6*?"


if __name__ == "__main__":
    unittest.main()
