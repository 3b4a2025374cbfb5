import { processIo, type CliIo } from '@ml-actions/action-kit/cli'
import { actionCommands } from './action-commands.js'
import type { CommandHelp } from './command-help.js'
import type { CliCommand } from './commands.js'

const commands: CliCommand[] = [
  ...actionCommands,
  {
    name: 'serve',
    summary: 'Serve an ONNX model from the registry or a directory over HTTP on loopback',
    usage:
      'ml-actions serve <name@alias | name/N | directory> [--registry URI] [--port N] [--ready-file F] (see ml-actions serve --help)',
    run: async (argv, io) => (await import('../serve/serve-command.js')).runServe(argv, io)
  },
  {
    name: 'demo',
    summary: 'The whole pipeline on the example project, locally (local registry, no cloud)',
    usage: 'ml-actions demo [--dir DIR] [--python PATH] [--keep-serving]',
    run: async (argv, io) => (await import('./demo.js')).runDemo(argv, io)
  }
]

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'ml-actions: the ml-actions GitHub Actions as a command line, for local runs and other CI systems.',
    '',
    'Usage: ml-actions <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options of a command are its action inputs: --<input-name> <value>. Run `ml-actions <command> --help`.'
  ].join('\n')
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`)
    return name ? 0 : 2
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${usage()}\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help ? await commandHelp(command, command.help) : `${command.usage}\n`)
    return 0
  }
  return command.run(rest, io)
}

async function commandHelp(command: CliCommand, load: () => Promise<CommandHelp>): Promise<string> {
  const help = await load()
  const { renderCommandHelp } = await import('./command-help.js')
  return renderCommandHelp(command.name, command.summary, help)
}
