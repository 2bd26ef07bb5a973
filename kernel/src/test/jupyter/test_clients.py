"""Real Jupyter clients against the installed ec2-tutor kernelspec: jupyter_client (as a notebook server drives a
kernel), nbclient executing a notebook (as nbconvert --execute and nbgrader do), including an interrupt on timeout."""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

import nbformat
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError

HERE = os.path.dirname(os.path.abspath(__file__))


class JupyterClientTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="ec2-tutor", startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.km.shutdown_kernel(now=False)

    def run_cell(self, code, **kw):
        msg_id = self.kc.execute(code, **kw)
        outputs = []
        while True:
            m = self.kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
            if m["msg_type"] in ("stream", "execute_result", "display_data", "error"):
                outputs.append(m)
        reply = self.kc.get_shell_msg(timeout=60)
        return reply["content"], outputs

    def test_aws_java_and_magic_cells(self):
        reply, out = self.run_cell("ID=$(aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e "
                                   "--instance-type t3.micro --query 'Instances[0].InstanceId' --output text)")
        self.assertEqual(reply["status"], "ok")
        reply, out = self.run_cell("aws ec2 wait instance-running --instance-ids $ID")
        self.assertEqual(reply["status"], "ok")
        reply, out = self.run_cell('ec2.describeInstances(b -> b.instanceIds(vars.get("ID"))).reservations()'
                                   '.get(0).instances().get(0).state().nameAsString()')
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(out[-1]["content"]["data"]["text/plain"], '"running"')
        reply, out = self.run_cell("%state")
        self.assertIn("text/html", out[0]["content"]["data"])
        self.assertIn("running", out[0]["content"]["data"]["text/plain"])

    def test_an_exit_reached_through_reflection_leaves_the_kernel_alive(self):
        # Issue 21: the kernel process itself survives; the cell is refused in words.
        for code in ('Class.forName("java.lang.System").getMethod("exit", int.class).invoke(null, 0);',
                     'Runtime.class.getMethod("halt", int.class).invoke(Runtime.getRuntime(), 0);'):
            reply, out = self.run_cell(code)
            self.assertEqual(reply["status"], "error")
            self.assertIn("would end the whole tutor session", reply["evalue"])
        self.assertTrue(self.km.is_alive())
        reply, out = self.run_cell("6 * 7")
        self.assertEqual(out[-1]["content"]["data"]["text/plain"], "42")

    def test_the_bill_is_a_table_and_a_bar_chart_in_a_notebook(self):
        reply, out = self.run_cell("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro")
        self.assertEqual(reply["status"], "ok")
        reply, out = self.run_cell("%advance 1h")
        reply, out = self.run_cell("%bill")
        self.assertEqual(reply["status"], "ok")
        data = out[0]["content"]["data"]
        self.assertIn("BoxUsage:t3.micro", data["text/plain"])
        self.assertIn("<td>BoxUsage:t3.micro</td>", data["text/html"])
        self.assertIn('aria-label="Cost by service"', data["text/html"])

    def test_an_aws_error_is_named_by_its_code(self):
        reply, out = self.run_cell("aws ec2 describe-images --image-ids ami-0123456789abcdef0")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "InvalidAMIID.NotFound")
        self.assertEqual([m["msg_type"] for m in out], ["error"])
        # Styled as an error, as ipykernel's tracebacks are: the headline in ANSI red.
        self.assertTrue(out[0]["content"]["traceback"][0].startswith("\x1b[0;31mAn error occurred (InvalidAMIID"))

    def test_a_sigint_interrupts_the_running_cell_and_the_kernel_goes_on(self):
        # jupyter console sends SIGINT on Ctrl-C whatever the kernelspec's interrupt mode says.
        msg_id = self.kc.execute("int n = 0; while (true) { n++; }")
        time.sleep(2)
        os.kill(self.km.provisioner.process.pid, signal.SIGINT)
        while True:
            reply = self.kc.get_shell_msg(timeout=30)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        self.assertEqual(reply["content"]["status"], "error")
        self.assertTrue(self.km.is_alive())
        while True:  # the next cell goes after the interrupted one's idle, as a notebook sends it
            m = self.kc.get_iopub_msg(timeout=30)
            if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                break
        reply, out = self.run_cell("1 + 1")
        self.assertEqual(reply["status"], "ok")

    def test_system_exit_does_not_end_the_kernel(self):
        reply, out = self.run_cell("System.exit(1);")
        self.assertEqual(reply["status"], "error")
        reply, out = self.run_cell("1 + 1")
        self.assertEqual(reply["status"], "ok")


class NotebookTests(unittest.TestCase):
    def test_a_notebook_executes_with_an_expected_error(self):
        nb = nbformat.read(os.path.join(HERE, "sample.ipynb"), as_version=4)
        NotebookClient(nb, kernel_name="ec2-tutor", timeout=60).execute()
        outputs = [c.get("outputs", []) for c in nb.cells if c.cell_type == "code"]
        self.assertEqual(outputs[0][0]["text"], "111122223333\n")
        self.assertEqual(outputs[1][0]["text"], "hello from Java\n")
        self.assertEqual(outputs[2][0]["ename"], "InvalidAMIID.NotFound")  # tagged raises-exception
        self.assertIn("text/html", outputs[3][0]["data"])
        self.assertEqual(nb.metadata["language_info"]["name"], "java")

    def test_a_runaway_cell_is_interrupted_on_timeout_and_the_next_cell_runs(self):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("while (true) { }"), nbformat.v4.new_code_cell("40 + 2")]
        client = NotebookClient(nb, kernel_name="ec2-tutor", timeout=3, interrupt_on_timeout=True,
                                allow_errors=True)
        client.execute()
        self.assertEqual(nb.cells[0].outputs[0]["ename"], "Interrupted")
        self.assertEqual(nb.cells[1].outputs[0]["data"]["text/plain"], "42")

    def test_nbconvert_execute_runs_the_notebook(self):
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                            "--ExecutePreprocessor.kernel_name=ec2-tutor", "--output-dir", out,
                            os.path.join(HERE, "sample.ipynb")], check=True, capture_output=True)
            nb = nbformat.read(os.path.join(out, "sample.ipynb"), as_version=4)
            self.assertEqual(nb.cells[2].outputs[0]["text"], "hello from Java\n")


class LessonNotebookTests(unittest.TestCase):
    """`ec2-tutor lesson export` notebooks: with solutions nbconvert --execute runs them to the end; without, the first
    %check cell fails the run, as nbgrader would count it."""
    ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

    def export(self, out, lesson, *extra):
        path = os.path.join(out, lesson + ".ipynb")
        subprocess.run([os.path.join(self.ROOT, "bin", "ec2-tutor"), "lesson", "export", lesson, "--out", path,
                        *extra], check=True, capture_output=True)
        return path

    def test_an_exported_lesson_with_solutions_runs_under_nbconvert_execute(self):
        with tempfile.TemporaryDirectory() as out:
            path = self.export(out, "custom-ami", "--with-solutions")
            subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                            "--ExecutePreprocessor.timeout=120", "--output-dir", out, "--output", "done",
                            path], check=True, capture_output=True)
            nb = nbformat.read(os.path.join(out, "done.ipynb"), as_version=4)
            checks = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("%check")]
            self.assertEqual(len(checks), 5)
            for c in checks:
                self.assertFalse([o for o in c.outputs if o["output_type"] == "error"], c.source)
            self.assertIn("text/markdown", nb.cells[1].outputs[-1]["data"])  # the step, as Markdown

    def test_an_unfinished_step_fails_its_check_cell_with_an_error(self):
        with tempfile.TemporaryDirectory() as out:
            nb = nbformat.read(self.export(out, "first-instance"), as_version=4)
            NotebookClient(nb, kernel_name="ec2-tutor", timeout=60, allow_errors=True).execute()
            check = next(c for c in nb.cells if c.cell_type == "code" and c.source == "%check 1")
            errors = [o for o in check.outputs if o["output_type"] == "error"]
            self.assertEqual(errors[0]["ename"], "CheckFailed")
            self.assertFalse([o for o in check.outputs if o.get("name") == "stderr"])


def nbgrader_score(cell, points):
    """nbgrader's rule for an autograder test cell (nbgrader.utils.determine_grade), restated because nbgrader itself
    is not installable here: an error output or any stderr scores 0; else a numeric execute_result is partial credit;
    else full points."""
    for out in cell.outputs:
        if out["output_type"] == "error" or (out["output_type"] == "stream" and out["name"] == "stderr"):
            return 0
    for out in cell.outputs:
        if out["output_type"] == "execute_result":
            try:
                return float(out["data"]["text/plain"])
            except ValueError:
                return points
    return points


class NbgraderSemanticsTests(unittest.TestCase):
    def test_check_cells_score_as_nbgrader_scores_them(self):
        launch = ("aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/"
                  "al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications "
                  "'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' --query 'Instances[0].InstanceId'")
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("%lesson start first-instance"), nbformat.v4.new_code_cell(launch),
                    nbformat.v4.new_code_cell("%check 1 --points"), nbformat.v4.new_code_cell("%check 2"),
                    nbformat.v4.new_code_cell("%fail Not answered yet")]
        NotebookClient(nb, kernel_name="ec2-tutor", timeout=60, allow_errors=True).execute()
        self.assertEqual(nbgrader_score(nb.cells[2], 1), 1.0)
        self.assertEqual(nbgrader_score(nb.cells[3], 1), 0)
        self.assertEqual(nb.cells[3].outputs[-1]["ename"], "CheckFailed")
        self.assertEqual(nbgrader_score(nb.cells[4], 1), 0)


class ConsoleTests(unittest.TestCase):
    def test_jupyter_console_runs_cells(self):
        p = subprocess.run(["jupyter-console", "--kernel", "ec2-tutor", "--simple-prompt", "-y"],
                           input="aws sts get-caller-identity --query Account --output text\n6*7\nexit\n",
                           capture_output=True, text=True, timeout=120)
        self.assertIn("111122223333", p.stdout)
        self.assertIn("42", p.stdout)



class PortInUseTest(unittest.TestCase):
    """Issue 21: a kernel started on a port that is already taken says so in one line and exits non-zero."""

    def test_a_port_in_use_ends_the_kernel_with_one_line(self):
        tutor = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "bin", "ec2-tutor"))
        with socket.socket() as taken, tempfile.TemporaryDirectory() as d:
            taken.bind(("127.0.0.1", 0))
            taken.listen(1)
            port = taken.getsockname()[1]
            others = []
            for _ in range(4):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", 0))
                    others.append(s.getsockname()[1])
            path = os.path.join(d, "kernel-taken.json")
            with open(path, "w") as f:
                json.dump({"transport": "tcp", "ip": "127.0.0.1", "shell_port": port, "iopub_port": others[0],
                           "stdin_port": others[1], "control_port": others[2], "hb_port": others[3],
                           "signature_scheme": "hmac-sha256", "key": "k"}, f)
            p = subprocess.run([tutor, "kernel", "--connection-file", path], capture_output=True, text=True,
                               timeout=120)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stderr.strip().splitlines(),
                         ["ec2-tutor kernel: cannot listen on tcp://127.0.0.1:%d for shell: the port is already in use "
                          "(is another kernel still running with this connection file?)" % port])


if __name__ == "__main__":
    unittest.main()
