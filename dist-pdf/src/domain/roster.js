"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=roster.js.map