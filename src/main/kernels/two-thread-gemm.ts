import type { GemmFunction } from '../engine/tensor/wasm/kernel-module'
import type { GemmHelper } from './gemm-helper'

/** Columns per micro-kernel tile and rows per tile (assembly/gemm-tile.ts). */
const TILE_COLS = 12
const TILE_ROWS = 3

/**
 * A gemm that splits big products between the calling thread and one helper thread, both on the
 * same shared memory: C's columns (or, for narrow C, its rows) are cut in two at a tile boundary;
 * the helper computes one part while this thread computes the other. Products under
 * `minimumWork` multiply-adds run on this thread alone, where a hand-over would cost more than
 * it saves. Both parts take the path chosen for the whole product and every element of C is
 * computed by the same operations, so the result is bit for bit the one-thread result.
 */
export function createTwoThreadGemm(
  ownGemm: GemmFunction,
  helper: GemmHelper,
  helperScratch: number,
  minimumWork: number
): GemmFunction {
  return (path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch) => {
    if (m * n * k < minimumWork) {
      ownGemm(path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch)
      return
    }
    if (n >= 2 * TILE_COLS) {
      // Columns [0, split) here, [split, n) on the helper: op(B) and C start `split` columns on.
      const split = TILE_COLS * Math.ceil(Math.ceil(n / TILE_COLS) / 2)
      const bOffset = transposeB ? split * ldb : split
      helper.post(
        path,
        transposeA,
        transposeB,
        m,
        n - split,
        k,
        alpha,
        a,
        lda,
        b + 4 * bOffset,
        ldb,
        beta,
        c + 4 * split,
        ldc,
        helperScratch
      )
      ownGemm(
        path,
        transposeA,
        transposeB,
        m,
        split,
        k,
        alpha,
        a,
        lda,
        b,
        ldb,
        beta,
        c,
        ldc,
        scratch
      )
      helper.wait()
      return
    }
    if (m >= 2 * TILE_ROWS) {
      // Rows [0, split) here, [split, m) on the helper: op(A) and C start `split` rows on.
      const split = TILE_ROWS * Math.ceil(Math.ceil(m / TILE_ROWS) / 2)
      const aOffset = transposeA ? split : split * lda
      helper.post(
        path,
        transposeA,
        transposeB,
        m - split,
        n,
        k,
        alpha,
        a + 4 * aOffset,
        lda,
        b,
        ldb,
        beta,
        c + 4 * split * ldc,
        ldc,
        helperScratch
      )
      ownGemm(
        path,
        transposeA,
        transposeB,
        split,
        n,
        k,
        alpha,
        a,
        lda,
        b,
        ldb,
        beta,
        c,
        ldc,
        scratch
      )
      helper.wait()
      return
    }
    ownGemm(path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch)
  }
}
