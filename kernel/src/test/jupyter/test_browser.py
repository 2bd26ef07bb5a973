"""The classic Notebook in a real browser (headless Chromium driven by Selenium) with the ec2-tutor kernel: an
exported lesson notebook run from the first cell to the last, as a learner would, and the rendered page checked.
Screenshots go to $EC2_TUTOR_SCREENSHOTS (make test-jupyter keeps them in kernel/target/browser) for a person to
look at."""
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

import nbformat

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError:  # pragma: no cover - make test-jupyter installs it
    webdriver = None

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
TUTOR = os.path.join(ROOT, "bin", "ec2-tutor")
SHOTS = os.environ.get("EC2_TUTOR_SCREENSHOTS", os.path.join(ROOT, "kernel", "target", "browser"))
TOKEN = "ec2-tutor-browser-test"

# Cells a learner adds after the lesson: the table, the diagram, an input box, and a loop to interrupt (last, since
# an interrupted cell aborts what is queued behind it).
EXTRA_CELLS = [
    "aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro "
    "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=browser-web}]'",
    "aws ec2 describe-instances --filters Name=tag:Name,Values=browser-web",
    "%state --diagram",
    'String who = new Scanner(System.in).nextLine();\n"hello " + who.toUpperCase()',
    "long spins = 0;\nwhile (true) { spins++; }",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_path():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@unittest.skipIf(webdriver is None or chromium_path() is None or shutil.which("chromedriver") is None,
                 "Chromium, chromedriver and python3-selenium are needed (make test-jupyter installs them)")
class BrowserTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.dir = tempfile.mkdtemp(prefix="ec2-tutor-browser-")
        path = os.path.join(cls.dir, "first-instance.ipynb")
        subprocess.run([TUTOR, "lesson", "export", "first-instance", "--with-solutions", "--out", path],
                       check=True, capture_output=True, timeout=120)
        nb = nbformat.read(path, as_version=4)
        for source in EXTRA_CELLS:
            nb.cells.append(nbformat.v4.new_code_cell(source))
        nbformat.write(nb, path)
        cls.port = free_port()
        cls.server = subprocess.Popen(
            ["/usr/bin/python3", "-m", "notebook", "--no-browser", "--port", str(cls.port), "--ip", "127.0.0.1",
             "--NotebookApp.token=" + TOKEN, "--notebook-dir", cls.dir, "--allow-root"],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(cls.dir, "server.log"), "w"))
        cls.base = "http://127.0.0.1:%d" % cls.port
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(cls.base + "/api?token=" + TOKEN, timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        options = webdriver.ChromeOptions()
        options.binary_location = chromium_path()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1400,1800"):
            options.add_argument(arg)
        cls.driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")),
                                      options=options)
        cls.driver.get(cls.base + "/notebooks/first-instance.ipynb?token=" + TOKEN)
        cls.wait_for(lambda: cls.js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel "
                                    "&& Jupyter.notebook.kernel.is_connected())"), 90, "the kernel to connect")

    @classmethod
    def tearDownClass(cls):
        try:
            cls.driver.quit()
        finally:
            cls.server.terminate()
            cls.server.wait(timeout=20)
            shutil.rmtree(cls.dir, ignore_errors=True)

    @classmethod
    def js(cls, script, *args):
        return cls.driver.execute_script(script, *args)

    @classmethod
    def wait_for(cls, condition, seconds, what):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(0.25)
        cls.shot("timeout")
        raise AssertionError("timed out after %ss waiting for %s" % (seconds, what))

    @classmethod
    def shot(cls, name, element=None):
        if element is not None:
            cls.js("arguments[0].scrollIntoView({block: 'center'})", element)
            time.sleep(0.3)
        cls.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))

    def running_prompts(self):
        return self.js("return Array.from(document.querySelectorAll('.input_prompt'))"
                       ".filter(p => p.textContent.includes('*')).length")

    def cell_outputs(self, index):
        return self.js("return Jupyter.notebook.get_cell(arguments[0]).output_area.outputs", index)

    def test_a_lesson_notebook_runs_all_and_renders(self):
        cells = self.js("return Jupyter.notebook.ncells()")
        self.js("Jupyter.notebook.execute_all_cells()")

        # The input box: a learner types a name and presses Enter.
        box = self.wait_for(lambda: self.driver.find_elements(By.CSS_SELECTOR, "input.raw_input"), 180,
                            "the Java cell's input box")[0]
        self.shot("input-box", box)
        box.send_keys("alice")
        box.send_keys(Keys.ENTER)
        input_cell = cells - 2
        self.wait_for(lambda: any("hello ALICE" in json.dumps(o) for o in self.cell_outputs(input_cell)), 60,
                      "the answer to reach the cell")

        # The loop runs; the toolbar's interrupt button stops it, and the kernel answers the next cell.
        loop_cell = cells - 1
        self.wait_for(lambda: self.js("return Jupyter.notebook.get_cell(arguments[0]).element"
                                      ".find('.input_prompt').text().includes('*')", loop_cell), 30,
                      "the loop to run")
        time.sleep(1)
        self.driver.find_element(By.CSS_SELECTOR,
                                 "button[data-jupyter-action='jupyter-notebook:interrupt-kernel']").click()
        self.wait_for(lambda: self.running_prompts() == 0, 30, "the interrupt to stop the loop")
        loop_errors = [o for o in self.cell_outputs(loop_cell) if o["output_type"] == "error"]
        self.assertEqual(len(loop_errors), 1, self.cell_outputs(loop_cell))
        self.shot("interrupted", self.driver.find_elements(By.CSS_SELECTOR, ".cell")[loop_cell])

        # No cell failed except those the lesson marks as failing on purpose, and the interrupted loop.
        unexpected = self.js("""
            return Jupyter.notebook.get_cells().map((c, i) => [i, c]).filter(([i, c]) => c.cell_type === 'code'
                && c.output_area.outputs.some(o => o.output_type === 'error')
                && !((c.metadata.tags || []).includes('raises-exception'))
                && i !== arguments[0]).map(([i, c]) => i + ': ' + c.get_text());""", loop_cell)
        self.assertEqual(unexpected, [])

        # The describe table shows the instance id in a cell of its own, and the diagram is an SVG on the page.
        id_cell = self.wait_for(
            lambda: [td for td in self.driver.find_elements(By.CSS_SELECTOR, ".output_html table td")
                     if td.text.startswith("i-")], 10, "an instance id in a table cell")[0]
        self.shot("describe-table", id_cell)
        # The lesson's step texts name the real instance, the one its cells met when they ran, not "your instance".
        markdown = self.js("return Array.from(document.querySelectorAll('.text_cell_render'))"
                           ".map(e => e.innerText).join('\\n')")
        outputs = self.js("return Array.from(document.querySelectorAll('.output_area'))"
                          ".map(e => e.innerText).join('\\n')")
        step_ids = set(re.findall(r"\bi-[0-9a-f]{8,17}\b", markdown))
        self.assertTrue(step_ids, "an instance id in a step's text")
        self.assertEqual([i for i in step_ids if i not in outputs], [])
        self.assertNotIn("your instance", markdown)
        step = [e for e in self.driver.find_elements(By.CSS_SELECTOR, ".text_cell_render")
                if sorted(step_ids)[0] in e.text][0]
        self.shot("step-with-id", step)
        svg = self.driver.find_elements(By.CSS_SELECTOR, ".output_subarea svg")
        self.assertTrue(svg, "the lifecycle diagram")
        self.shot("diagram", svg[0])
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, ".output_stderr"), [])

        # Shift-Tab inside an identifier shows the method's signature in the tooltip.
        self.js("var c = Jupyter.notebook.insert_cell_at_bottom('code');"
                "c.set_text('ec2.describeInstances()'); Jupyter.notebook.select(Jupyter.notebook.ncells() - 1);"
                "c.code_mirror.focus(); c.code_mirror.setCursor({line: 0, ch: 10});")
        ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        tooltip = self.wait_for(lambda: [t for t in self.driver.find_elements(By.ID, "tooltip")
                                         if t.is_displayed() and "describeInstances" in t.text], 20,
                                "the inspect tooltip")[0]
        self.shot("tooltip", tooltip)

        # The kernel is still there after all this.
        self.js("var c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text('1 + 1');"
                "Jupyter.notebook.select(Jupyter.notebook.ncells() - 1); Jupyter.notebook.execute_selected_cells();")
        last = self.js("return Jupyter.notebook.ncells() - 1")
        self.wait_for(lambda: any(o.get("data", {}).get("text/plain") == "2" for o in self.cell_outputs(last)), 30,
                      "1 + 1 after the interrupt")
        self.shot("after")


if __name__ == "__main__":
    unittest.main()
