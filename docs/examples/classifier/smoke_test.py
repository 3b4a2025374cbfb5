"""Smoke test of the deployed model: deploy-gate's smoke-test command, after serve-local.sh deployed it.

Real requests to the server at --url (default: the one serve-local.sh recorded in
$SERVE_STATE/current.json), as the service's clients send them (raw
load_digits pixels, 0-16): the server must name the version deploy-gate just deployed, answer what the
registered model itself answers (model.pkl in $ML_MODEL_DIR, through scikit-learn) and get the held-out
digits right. A failure exits 1, and deploy-gate rolls the alias back and deploys the previous version.

Usage (deploy-gate sets the variables): /usr/bin/python3 smoke_test.py [--url URL] [--samples 50]
SMOKE_TEST_TOKEN, when set, is sent as a bearer token (a Cloud Function that requires authentication).
"""
import argparse
import json
import os
import pickle
import sys
import urllib.request
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

MIN_ACCURACY = 0.9  # policy.yml's accuracy floor
ATOL = 1e-4  # the export's float32 against scikit-learn's float64, as the verify step allows


def ask(url, path, body=None):
    headers = {"content-type": "application/json"}
    if os.environ.get("SMOKE_TEST_TOKEN"):
        headers["authorization"] = "Bearer " + os.environ["SMOKE_TEST_TOKEN"]
    request = urllib.request.Request(
        url.rstrip("/") + path, data=None if body is None else json.dumps(body).encode(), headers=headers
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="the deployed service (default: $SERVE_STATE/current.json's url)")
    parser.add_argument("--samples", type=int, default=50)
    args = parser.parse_args()
    version = os.environ["ML_MODEL_VERSION"]
    url = args.url
    if not url:
        state = Path(os.environ.get("SERVE_STATE", ".serve"))
        url = json.loads((state / "current.json").read_text())["url"]

    health = ask(url, "/healthz")
    if health["model"]["version"] != version:
        sys.exit(f"smoke test: {url} serves version {health['model']['version']}, expected {version}")

    digits = load_digits()
    _, X_test, _, y_test = train_test_split(
        digits.data, digits.target, test_size=0.3, random_state=0, stratify=digits.target
    )
    images, labels = X_test[: args.samples], y_test[: args.samples]
    answer = ask(url, "/predict", {"instances": images.tolist()})
    served = np.array(answer["outputs"]["probabilities"])

    with open(Path(os.environ["ML_MODEL_DIR"]) / "model.pkl", "rb") as handle:
        fitted = pickle.load(handle)
    expected = fitted["model"].predict_proba(fitted["scaler"].transform(images))
    differ = np.abs(served - expected).max(axis=1) > ATOL
    wrong_digit = served.argmax(axis=1) != expected.argmax(axis=1)
    accuracy = float(np.mean(served.argmax(axis=1) == labels))
    if differ.any() or accuracy < MIN_ACCURACY:
        first = int(np.argmax(wrong_digit if wrong_digit.any() else differ))
        sys.exit(
            f"smoke test: version {version} answers {differ.sum()} of {len(labels)} digits unlike the "
            f"registered model (image {first}: served {served[first].argmax()}, the model says "
            f"{expected[first].argmax()}, the label is {labels[first]}); accuracy {accuracy:.2f} "
            f"(at least {MIN_ACCURACY} needed)"
        )
    print(f"smoke test: version {version} answers {len(labels)} held-out digits as the registered "
          f"model does, accuracy {accuracy:.2f}")


if __name__ == "__main__":
    main()
