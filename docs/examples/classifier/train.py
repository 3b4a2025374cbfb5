"""Train and evaluate a small digit classifier on data scikit-learn ships (no download).

Writes, in the Made-With-ML result shapes that ml-actions reads:
  <out>/training_results.json    params and per-epoch train/validation loss
  <out>/evaluation_results.json  overall, per_class and slices metrics
  <out>/predictions.csv          id,label,prediction,score per test sample (for paired statistics)
  <out>/model.pkl                the fitted model

Usage: /usr/bin/python3 train.py --out results/candidate [--alpha 1e-4] [--epochs 12] [--seed 7]
                                 [--train-fraction 1.0] [--label-noise 0.0]
"""
import argparse
import csv
import json
import pickle
import time
import uuid
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import log_loss, precision_recall_fscore_support
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def metrics_block(y_true, y_pred):
    precision, recall, f1, _ = precision_recall_fscore_support(
        y_true, y_pred, average="weighted", zero_division=0
    )
    return {
        "precision": float(precision),
        "recall": float(recall),
        "f1": float(f1),
        "accuracy": float(np.mean(y_true == y_pred)),
        "num_samples": float(len(y_true)),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--alpha", type=float, default=1e-4)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--label-noise", type=float, default=0.0,
                        help="fraction of training labels to corrupt (simulates a bad data change)")
    parser.add_argument("--train-fraction", type=float, default=1.0,
                        help="train on this stratified fraction of the training split (simulates a data loss);"
                             " the test split stays the same, so evaluations stay paired")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    digits = load_digits()
    X, y = digits.data, digits.target
    ids = np.arange(len(y))
    X_train, X_test, y_train, y_test, _, id_test = train_test_split(
        X, y, ids, test_size=0.3, random_state=0, stratify=y
    )
    X_train, X_val, y_train, y_val = train_test_split(
        X_train, y_train, test_size=0.2, random_state=0, stratify=y_train
    )
    if args.train_fraction < 1.0:
        X_train, _, y_train, _ = train_test_split(
            X_train, y_train, train_size=args.train_fraction, random_state=0, stratify=y_train
        )
    rng = np.random.default_rng(args.seed)
    if args.label_noise > 0:
        flip = rng.random(len(y_train)) < args.label_noise
        y_train = y_train.copy()
        y_train[flip] = rng.integers(0, 10, flip.sum())

    scaler = StandardScaler().fit(X_train)
    X_train_s, X_val_s, X_test_s = (scaler.transform(a) for a in (X_train, X_val, X_test))
    classes = np.arange(10)
    model = SGDClassifier(loss="log_loss", alpha=args.alpha, learning_rate="optimal", random_state=args.seed)
    history = []
    for epoch in range(args.epochs):
        order = rng.permutation(len(y_train))
        model.partial_fit(X_train_s[order], y_train[order], classes=classes)
        history.append({
            "epoch": epoch,
            "lr": float(1.0 / (args.alpha * (model.t_ + 1e4))),
            "train_loss": float(log_loss(y_train, model.predict_proba(X_train_s), labels=classes)),
            "val_loss": float(log_loss(y_val, model.predict_proba(X_val_s), labels=classes)),
        })

    proba = model.predict_proba(X_test_s)
    pred = proba.argmax(axis=1)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_test, pred, labels=classes, zero_division=0
    )
    per_class = {
        digits.target_names[c].item().__str__(): {
            "precision": float(precision[c]), "recall": float(recall[c]),
            "f1": float(f1[c]), "num_samples": float(support[c]),
        }
        for c in np.argsort(-f1)  # Made-With-ML sorts classes by f1, best first
    }
    ink = X_test.sum(axis=1)
    faint = ink < np.percentile(ink, 25)
    slices = {
        "faint_strokes": metrics_block(y_test[faint], pred[faint]),
        "round_digits": metrics_block(y_test[np.isin(y_test, [0, 6, 8, 9])], pred[np.isin(y_test, [0, 6, 8, 9])]),
    }
    run_id = uuid.UUID(int=rng.integers(0, 2**63).item()).hex
    timestamp = time.strftime("%B %d, %Y %I:%M:%S %p")

    (out / "training_results.json").write_text(json.dumps({
        "timestamp": timestamp,
        "run_id": run_id,
        "params": {"alpha": args.alpha, "epochs": args.epochs, "seed": args.seed,
                   "label_noise": args.label_noise, "loss": "log_loss"},
        "metrics": history,
    }, indent=2))
    (out / "evaluation_results.json").write_text(json.dumps({
        "timestamp": timestamp,
        "run_id": run_id,
        "overall": metrics_block(y_test, pred),
        "per_class": per_class,
        "slices": slices,
    }, indent=2))
    with open(out / "predictions.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "label", "prediction", "score"])
        for sample_id, label, prediction, row in zip(id_test, y_test, pred, proba):
            writer.writerow([int(sample_id), int(label), int(prediction), f"{row[prediction]:.6f}"])
    with open(out / "model.pkl", "wb") as handle:
        pickle.dump({"scaler": scaler, "model": model}, handle)
    print(f"accuracy {np.mean(y_test == pred):.4f} on {len(y_test)} test samples -> {out}")


if __name__ == "__main__":
    main()
