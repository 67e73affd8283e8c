"""Draws Lede's toolbar and store icons (extension/icons/lede-N.png).

The mark is a cream "L" on a dark rounded square, with a vermilion bar for the quote
it points at. Drawn with 4x4 supersampling and written as PNG with the standard
library only, so regenerating the icons needs nothing installed.

usage: python3 scripts/make-icons.py
"""

import struct
import zlib
from pathlib import Path

DARK = (31, 29, 26)
CREAM = (251, 250, 247)
ACCENT = (214, 78, 44)
SS = 4  # supersampling per axis


def inside_rounded(x, y, radius):
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """The colour at (x, y) in the unit square, or None outside the icon."""
    if not inside_rounded(x, y, 0.2):
        return None
    stem = 0.26 <= x <= 0.42 and 0.18 <= y <= 0.80
    foot = 0.26 <= x <= 0.74 and 0.66 <= y <= 0.80
    if stem or foot:
        return CREAM
    if 0.54 <= x <= 0.74 and 0.18 <= y <= 0.30:
        return ACCENT
    return DARK


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = colour_at((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = SS * SS
            alpha = acc[3] // n
            if alpha:
                covered = acc[3] / 255
                row += bytes([round(acc[0] / covered), round(acc[1] / covered), round(acc[2] / covered), alpha])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "extension" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"lede-{size}.png").write_bytes(render(size))
