// better-sqlite3 13 needs Node-API 10 (Node >= 22.14); the project's own Node 22 provides it.
if (Number(process.versions.napi) < 10) {
  throw new Error(
    `tests need Node >= 22.14 (running ${process.version}); run them through npm (npm test), which uses the project's Node 22`
  )
}
