// Fails fast, in plain words, when the Node running the project is too old. The project's scripts
// run TypeScript files directly (the importers, the picture worker, parts of the build's config),
// which Node does without flags from 22.18 on; older Nodes stop with ERR_UNKNOWN_FILE_EXTENSION,
// which does not say what to do. npm scripts normally find the Node 24 that comes as the `node` dev
// dependency; this guards the cases where they do not (an install without dev dependencies, a
// script run with the system's `node`). Kept free of imports so that it runs on any Node.

/** Whether a Node version (`22.18.0`) runs the project: 22.18 or later. */
export function supportsProject(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

if (!supportsProject(process.versions.node)) {
  console.error(
    `Node ${process.versions.node} 太旧：本项目需要 Node 22.18 或更新版本（直接运行 .ts 文件）。` +
      '请先运行 npm ci（会装上作为开发依赖的 Node 24），再用 npm run … 运行脚本；' +
      '或换用 Node 22.18 以上版本。\n' +
      `(Node ${process.versions.node} is too old: this project needs Node >= 22.18.)`,
  );
  process.exit(1);
}
