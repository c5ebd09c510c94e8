"""The VIZ page of a short MNIST run, opened in a real browser: headless Chromium (Debian's chromium and
chromium-driver, driven by selenium; nothing is downloaded). A click on a kernel shows its IR and source, and the
page asks the network for nothing. The screenshot is kept in test-artifacts/ for people to look at."""
import json
import os
import shutil
import subprocess
import sys
import time
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTIFACTS = os.path.join(ROOT, "test-artifacts")
MNIST_DIR = os.environ.get("MNIST_DIR", os.path.join(ROOT, "..", "shared", "data", "mnist"))
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
# flags for a machine without a display or a network: no sandbox as root, no background requests to Google's hosts
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1500,950")   # a container's /dev/shm is often tiny


def _browser():
  try: from selenium import webdriver
  except ImportError: pytest.skip("selenium is not installed: pip install -e '.[test]'")
  if CHROMIUM is None or CHROMEDRIVER is None:
    pytest.skip("no chromium/chromedriver: apt-get install -y chromium chromium-driver (the README's test command)")
  from selenium.webdriver.chrome.service import Service
  options = webdriver.ChromeOptions()
  options.binary_location = CHROMIUM
  for flag in CHROMIUM_FLAGS: options.add_argument(flag)
  options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
  return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture(scope="module")
def mnist_page(tmp_path_factory):
  page = tmp_path_factory.mktemp("viz") / "mnist_mlp.html"
  env = dict(os.environ, VIZ=str(page), MNIST_DIR=MNIST_DIR, PYTHONPATH=ROOT)
  out = subprocess.run([sys.executable, os.path.join(ROOT, "examples", "mnist_mlp.py"), "--steps", "30", "--save",
                        str(page.with_suffix(".safetensors"))], capture_output=True, text=True, env=env, timeout=300)
  assert out.returncode == 0, out.stderr[-2000:]
  assert f"VIZ: wrote {page}" in out.stdout
  return page


def _wait_ready(driver, timeout: float = 20.0):
  deadline = time.time() + timeout
  while driver.execute_script("return document.body.dataset.ready") != "yes":
    assert time.time() < deadline, driver.find_element("id", "summary").text
    time.sleep(0.05)


def _click(driver, element):
  driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)


def test_clicking_a_kernel_shows_its_ir_and_source(mnist_page):
  driver = _browser()
  try:
    driver.get(mnist_page.as_uri())
    _wait_ready(driver)
    assert "kernels" in driver.find_element("id", "summary").text
    kernels = driver.find_elements("css selector", "#graph rect.kernel")
    assert kernels, "the largest schedule's graph has kernel boxes"
    _click(driver, kernels[len(kernels) // 2])
    name = driver.find_element("id", "detail-name").text
    ir = driver.find_element("css selector", "#detail-ir pre").get_attribute("textContent")
    source = driver.find_element("css selector", "#detail-source pre").get_attribute("textContent")
    assert name.startswith(("E_", "r_")) and "= BUFFER" in ir and "STORE" in ir
    assert f"define void @{name}" in source or f"@{name}(" in source
    assert driver.find_element("id", "detail-origin").text.strip() not in ("", "not recorded")
    os.makedirs(ARTIFACTS, exist_ok=True)
    driver.save_screenshot(os.path.join(ARTIFACTS, "viz_mnist_mlp.png"))
    driver.find_element("css selector", "#tabs button[data-tab=kernels]").click()
    _click(driver, driver.find_element("id", "kernel-row-0"))   # the kernel with the largest time share
    assert driver.find_element("id", "detail-name").text == driver.find_element(
      "css selector", "#kernel-row-0 td.name").text
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
  finally:
    driver.quit()


def test_the_page_requests_nothing_from_the_network(mnist_page):
  driver = _browser()
  try:
    driver.get(mnist_page.as_uri())
    _wait_ready(driver)
    requests = [json.loads(e["message"])["message"]["params"].get("request", {}).get("url", "")
                for e in driver.get_log("performance")
                if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"]
    assert requests and all(url.startswith(("file://", "data:", "blob:")) for url in requests), requests
  finally:
    driver.quit()
