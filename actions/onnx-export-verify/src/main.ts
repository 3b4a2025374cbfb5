import { runAction } from '@ml-actions/action-kit/runner'
import { onnxExportVerify } from './definition.js'
import { verifyExport } from './verify-export.js'

export const run = (): Promise<void> => runAction(onnxExportVerify, verifyExport)
