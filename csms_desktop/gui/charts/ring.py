"""A fixed-size ring buffer of (x, y) samples backed by numpy arrays."""

from __future__ import annotations

import numpy as np


class Ring:
    def __init__(self, capacity: int, columns: int = 1) -> None:
        self.capacity = capacity
        self._x = np.zeros(capacity, dtype=np.float64)
        self._y = np.full((capacity, columns), np.nan, dtype=np.float64)
        self._start = 0
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def clear(self) -> None:
        self._start = self._len = 0

    def append(self, x: float, *ys: float | None) -> None:
        i = (self._start + self._len) % self.capacity
        if self._len == self.capacity:
            self._start = (self._start + 1) % self.capacity
        else:
            self._len += 1
        self._x[i] = x
        self._y[i] = [np.nan if y is None else y for y in ys]

    def set_all(self, x: np.ndarray, y: np.ndarray) -> None:
        """Replace the contents (the newest ``capacity`` samples are kept)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64).reshape(len(x), self._y.shape[1])
        x, y = x[-self.capacity:], y[-self.capacity:]
        n = len(x)
        self._x[:n] = x
        self._y[:n] = y
        self._start, self._len = 0, n

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """x (n,) and y (n, columns), oldest first (copies)."""
        idx = (self._start + np.arange(self._len)) % self.capacity
        return self._x[idx], self._y[idx]

    @property
    def last_x(self) -> float | None:
        if not self._len:
            return None
        return float(self._x[(self._start + self._len - 1) % self.capacity])

    @property
    def first_x(self) -> float | None:
        return float(self._x[self._start]) if self._len else None
