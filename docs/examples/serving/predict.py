"""The digits model over HTTP in a container or a Cloud Function, with the contract of `ml-actions serve`.

  POST /predict  {"instances": [[64 pixels, 0-16], ...]}  ->  {"model": {...}, "outputs": {"probabilities": [[10]]}}
  GET  /healthz                                           ->  {"model": {"name", "version"}, "status": "ok"}

The same file is the entry point of the inference image (Dockerfile: functions-framework in the container)
and of the Cloud Function (`gcloud functions deploy --entry-point predict`). The model is model.onnx beside
this file; MODEL_NAME and MODEL_VERSION, set when the image is built or the function deployed, name it in
every answer, so a smoke test can tell which version answered.
"""
import json
import os
from pathlib import Path

import functions_framework
import numpy as np
import onnxruntime

MODEL = {"name": os.environ.get("MODEL_NAME", "digits-classifier"), "version": os.environ.get("MODEL_VERSION", "")}
session = onnxruntime.InferenceSession(
    str(Path(os.environ.get("MODEL_PATH", Path(__file__).with_name("model.onnx")))),
    providers=["CPUExecutionProvider"],
)
model_input = session.get_inputs()[0]
FEATURES = model_input.shape[1]


def reply(status, body):
    return json.dumps({"model": MODEL, **body}), status, {"content-type": "application/json"}


@functions_framework.http
def predict(request):
    if request.method == "GET" and request.path.rstrip("/").endswith("/healthz"):
        return reply(200, {"status": "ok"})
    if request.method != "POST":
        return reply(405, {"error": 'POST /predict with {"instances": [[pixels], ...]}'})
    body = request.get_json(silent=True)
    instances = body.get("instances") if isinstance(body, dict) else None
    try:
        pixels = np.asarray(instances, dtype=np.float32)
    except (TypeError, ValueError):
        pixels = None
    if pixels is None or pixels.ndim != 2 or pixels.shape[1] != FEATURES:
        return reply(400, {"error": f'"instances" must be a list of rows of {FEATURES} numbers'})
    (probabilities,) = session.run(None, {model_input.name: pixels})
    return reply(200, {"outputs": {"probabilities": probabilities.tolist()}})
