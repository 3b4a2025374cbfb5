"""Export the classifier that train.py fitted to ONNX, with reference inputs and outputs from scikit-learn.

The graph is the fitted model itself: standardisation with the scaler's mean and scale, the linear layer
with the SGD coefficients, and scikit-learn's one-vs-rest probability normalisation (sigmoid, then each
row divided by its sum, in float64 as scikit-learn does, rescaled where it would underflow), so onnxruntime must reproduce predict_proba to float32 precision.

Writes, next to nothing else:
  <out>/model.onnx                  input "pixels" float32 [batch, 64], output "probabilities" [batch, 10]
  <out>/reference/inputs.npy        the held-out test images, float32, in the graph's input range
  <out>/reference/outputs.npy       scikit-learn's predict_proba on them, float32

--input-range unit exports a graph for clients that send pixels scaled to [0, 1] instead of load_digits'
0-16. The reference inputs are scaled the same way, so parity holds either way: only requests in the
range the service's clients really send (smoke_test.py) tell the two apart.

Usage: /usr/bin/python3 export_onnx.py --model results/candidate/model.pkl --out results/candidate/onnx
"""
import argparse
import pickle
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

PIXEL_MAX = 16.0  # load_digits' pixels are 0-16


def build_graph(scaler, model, input_range="pixels"):
    mean = scaler.mean_.astype(np.float32)
    scale = scaler.scale_.astype(np.float32)
    weights = model.coef_.T.astype(np.float32)
    bias = model.intercept_.astype(np.float32)
    unit = input_range == "unit"
    nodes = [helper.make_node("Mul", ["pixels", "pixel_max"], ["raw_pixels"])] if unit else []
    nodes += [
        helper.make_node("Sub", ["raw_pixels" if unit else "pixels", "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["standardised"]),
        helper.make_node("MatMul", ["standardised", "weights"], ["projected"]),
        helper.make_node("Add", ["projected", "bias"], ["logits"]),
        # scikit-learn normalises the one-vs-rest sigmoids in float64: so does the export, and where
        # every logit of a row is very negative (each sigmoid underflows to 0) it uses the same ratio
        # rescaled by the row's largest logit: sigmoid(z) = exp(z - m) * sigmoid(-z) * exp(m).
        helper.make_node("Cast", ["logits"], ["z"], to=TensorProto.DOUBLE),
        helper.make_node("Sigmoid", ["z"], ["sig"]),
        helper.make_node("ReduceSum", ["sig", "sum_axes"], ["sig_sum"], keepdims=1),
        helper.make_node("Div", ["sig", "sig_sum"], ["plain"]),
        helper.make_node("ReduceMax", ["z"], ["z_max"], axes=[1], keepdims=1),
        helper.make_node("Sub", ["z", "z_max"], ["z_shifted"]),
        helper.make_node("Exp", ["z_shifted"], ["scaled"]),
        helper.make_node("Neg", ["z"], ["z_neg"]),
        helper.make_node("Sigmoid", ["z_neg"], ["sig_neg"]),
        helper.make_node("Mul", ["scaled", "sig_neg"], ["rescaled"]),
        helper.make_node("ReduceSum", ["rescaled", "sum_axes"], ["rescaled_sum"], keepdims=1),
        helper.make_node("Div", ["rescaled", "rescaled_sum"], ["shifted"]),
        helper.make_node("GreaterOrEqual", ["z_max", "zero"], ["row_has_positive"]),
        helper.make_node("Where", ["row_has_positive", "plain", "shifted"], ["probabilities_f64"]),
        helper.make_node("Cast", ["probabilities_f64"], ["probabilities"], to=TensorProto.FLOAT),
    ]
    initializers = [
        numpy_helper.from_array(mean, "mean"),
        numpy_helper.from_array(scale, "scale"),
        numpy_helper.from_array(weights, "weights"),
        numpy_helper.from_array(bias, "bias"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "sum_axes"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float64), "zero"),
    ]
    if unit:
        initializers.append(numpy_helper.from_array(np.array(PIXEL_MAX, dtype=np.float32), "pixel_max"))
    graph = helper.make_graph(
        nodes,
        "digits_classifier",
        [helper.make_tensor_value_info("pixels", TensorProto.FLOAT, ["batch", weights.shape[0]])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", weights.shape[1]])],
        initializers,
    )
    exported = helper.make_model(
        graph,
        producer_name="ml-actions-example",
        opset_imports=[helper.make_opsetid("", 17)],
        doc_string="SGD log-loss digits classifier exported from scikit-learn",
    )
    exported.ir_version = 8
    onnx.checker.check_model(exported)
    return exported


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--samples", type=int, default=256)
    parser.add_argument("--input-range", choices=["pixels", "unit"], default="pixels",
                        help="pixels: 0-16 as load_digits gives them (what the service's clients send); "
                             "unit: scaled to [0, 1]")
    args = parser.parse_args()
    out = Path(args.out)
    (out / "reference").mkdir(parents=True, exist_ok=True)
    with open(args.model, "rb") as handle:
        fitted = pickle.load(handle)
    scaler, model = fitted["scaler"], fitted["model"]
    onnx.save(build_graph(scaler, model, args.input_range), str(out / "model.onnx"))

    digits = load_digits()
    _, X_test = train_test_split(digits.data, test_size=0.3, random_state=0, stratify=digits.target)
    inputs = X_test[: args.samples].astype(np.float32)
    outputs = model.predict_proba(scaler.transform(inputs.astype(np.float64))).astype(np.float32)
    if args.input_range == "unit":
        inputs = inputs / np.float32(PIXEL_MAX)  # a power of two: the graph's product restores them exactly
    np.save(out / "reference" / "inputs.npy", inputs)
    np.save(out / "reference" / "outputs.npy", outputs)
    print(f"exported {out / 'model.onnx'} with {len(inputs)} reference samples")


if __name__ == "__main__":
    main()
