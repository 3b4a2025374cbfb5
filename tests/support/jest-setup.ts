// Tests must never write to the runner hosting CI: drop its file commands and any inputs.
for (const name of Object.keys(process.env)) {
  if (
    name.startsWith('INPUT_') ||
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].includes(
      name
    )
  ) {
    delete process.env[name]
  }
}
