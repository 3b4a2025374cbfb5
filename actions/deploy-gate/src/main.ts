import { runAction } from '@ml-actions/action-kit/runner'
import { deployGate } from './definition.js'
import { runDeployGate } from './deploy-gate.js'

export const run = (): Promise<void> => runAction(deployGate, runDeployGate)
