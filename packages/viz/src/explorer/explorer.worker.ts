import { expose } from 'comlink';
import { explorerSlowViews } from './explorerModel.js';

// The explorer's slow views (iso-effect roots, population quadrature) off the main thread; logic in explorerModel.
expose({ explorerSlowViews });
