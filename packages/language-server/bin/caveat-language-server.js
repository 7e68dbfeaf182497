#!/usr/bin/env node
// Thin launcher: the server is compiled TypeScript in dist/.
import {main} from '../dist/main.js'

main(process.argv.slice(2))
